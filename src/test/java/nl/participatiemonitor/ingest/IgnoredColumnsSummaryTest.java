package nl.participatiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Any number of extra columns is noted as a summary that fits its column: the first names and a count. */
class IgnoredColumnsSummaryTest {

    @Test
    void aFewColumnsAreListedWhole() {
        assertThat(DeliveryStore.ignoredColumnsSummary(List.of("opmerking", "behandelaar")))
                .isEqualTo("opmerking, behandelaar");
    }

    @Test
    void thousandsOfColumnsBecomeTheFirstTwentyAndACount() {
        List<String> columns = IntStream.rangeClosed(1, 5000).mapToObj(i -> "kolom_" + i).toList();

        String summary = DeliveryStore.ignoredColumnsSummary(columns);

        assertThat(summary).startsWith("kolom_1, kolom_2, kolom_3").contains("kolom_20 ... en nog 4980 / and 4980 more "
                + "(5000 in totaal / in total)").doesNotContain("kolom_21");
        assertThat(summary.length()).isLessThanOrEqualTo(DeliveryStore.MESSAGE_LENGTH);
    }

    @Test
    void longNamesAreShortened() {
        String summary = DeliveryStore.ignoredColumnsSummary(List.of("x".repeat(100_000), "y".repeat(5000)));

        assertThat(summary).isEqualTo("x".repeat(37) + "..., " + "y".repeat(37) + "...");
    }
}
