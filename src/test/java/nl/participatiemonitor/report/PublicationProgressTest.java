package nl.participatiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The counter of reports on a terminal: the first report at once, then at most five times a second, cleared at the end. */
class PublicationProgressTest {

    @Test
    void countsThePublishedReportsAndClearsTheLineAtTheEnd() {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        PublicationProgress progress = new PublicationProgress(new PrintStream(drawn, true, StandardCharsets.UTF_8));

        progress.published(Audience.RAAD, "GM0014", true);
        progress.published(Audience.RAAD, "GM0034", false);
        progress.finished();

        String text = drawn.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\r\033[Krapporten: 1 gepubliceerd (1 nieuw of herzien), nu raad GM0014")
                .as("the second came within 200 ms: not drawn").doesNotContain("GM0034")
                .endsWith("\r\033[K");
    }
}
