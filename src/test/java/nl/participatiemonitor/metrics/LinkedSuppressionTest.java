package nl.participatiemonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Secondary suppression across linked figures of one publication: the cases, worked out by hand. With k = 5
 * and min_noemer = 10, a K10 cell of 3 is {@code <5}; K6's teller is that same 3, so K6 must be hidden too.
 */
class LinkedSuppressionTest {

    private final IndicatorFiles.OpenData openData = new IndicatorFiles.OpenData(
            NormsFile.load(Path.of("does-not-exist.yml"), Set.of()));

    @Test
    void k6IsHiddenWhenItsTellerIsASuppressedK10Cell() {
        // 40 complaints handled: 3 informally resolved (<5), 20 GEGROND, 17 ONGEGROND.
        Map<String, ShownFigure> shown = publish(
                ratio("K6", 3, 40),
                count("K10", "uitkomst=INFORMEEL_OPGELOST", 3),
                count("K10", "uitkomst=GEGROND", 20),
                count("K10", "uitkomst=ONGEGROND", 17),
                ratio("K5", 20, 37),
                ratio("K3", 30, 37));

        assertThat(shown.get("K10 uitkomst=INFORMEEL_OPGELOST").shown()).isEqualTo("<5");
        // K6 teller = the hidden cell: hidden.
        assertThat(shown.get("K6 ").suppressed()).isTrue();
        assertThat(shown.get("K6 ").shownTeller()).isEqualTo(".");
        // K3's noemer 37 = GEGROND + ONGEGROND, and the K10 total (K6 noemer, now hidden) minus 37 would be 3 again,
        // but with K6 hidden the total is unknown: nothing else needs to go.
        assertThat(shown.get("K5 ").suppressed()).isFalse();
        assertThat(shown.get("K3 ").suppressed()).isFalse();
    }

    @Test
    void a4sTellerIsHiddenWithItsOvergenomenCell() {
        // 12 answers: 2 OVERGENOMEN (<5), 6 DEELS_OVERGENOMEN, 4 NIET_OVERGENOMEN (<5).
        Map<String, ShownFigure> shown = publish(
                ratio("A4", 2, 12),
                count("A4", "uitkomst=OVERGENOMEN", 2),
                count("A4", "uitkomst=DEELS_OVERGENOMEN", 6),
                count("A4", "uitkomst=NIET_OVERGENOMEN", 4),
                ratio("A3", 10, 10));

        assertThat(shown.get("A4 ").suppressed()).isTrue();
        // A3's noemer is DEELS + NIET = 10: with DEELS shown (6) it gives NIET (4): A3 or DEELS goes too.
        assertThat(shown.get("A3 ").suppressed() || shown.get("A4 uitkomst=DEELS_OVERGENOMEN").suppressed()).isTrue();
    }

    @Test
    void a8sMembersFromTheBijstandAreHiddenFrom1ToKMinus1() {
        Map<String, ShownFigure> shown = publish(
                new IndicatorFiles.Row("GM0014", "2026-Q3", Indicator.A8, "orgaan=AO-1,maat=pw_client", 2L, 9L,
                        BigDecimal.valueOf(2).divide(BigDecimal.valueOf(9), 10, RoundingMode.HALF_UP)),
                new IndicatorFiles.Row("GM0014", "2026-Q3", Indicator.A8, "orgaan=AO-2,maat=pw_client", 0L, 9L,
                        BigDecimal.ZERO));

        assertThat(shown.get("A8 orgaan=AO-1,maat=pw_client").shown()).isEqualTo("<5");
        assertThat(shown.get("A8 orgaan=AO-1,maat=pw_client").shownTeller()).isEqualTo("<5");
        assertThat(shown.get("A8 orgaan=AO-2,maat=pw_client").suppressed()).isFalse();
    }

    private Map<String, ShownFigure> publish(IndicatorFiles.Row... rows) {
        return openData.suppress(List.of(rows)).stream()
                .collect(Collectors.toMap(f -> f.indicator() + " " + f.dimension(), f -> f));
    }

    private static IndicatorFiles.Row ratio(String code, long teller, long noemer) {
        return new IndicatorFiles.Row("GM0014", "2026-Q3", Indicator.valueOf(code), "", teller, noemer,
                BigDecimal.valueOf(teller).divide(BigDecimal.valueOf(noemer), 10, RoundingMode.HALF_UP));
    }

    private static IndicatorFiles.Row count(String code, String dimension, long value) {
        return new IndicatorFiles.Row("GM0014", "2026-Q3", Indicator.valueOf(code), dimension, null, null,
                BigDecimal.valueOf(value));
    }
}
