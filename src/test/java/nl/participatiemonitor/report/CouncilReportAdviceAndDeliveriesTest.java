package nl.participatiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.ingest.DeliverySummary;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The table of advice in section 4 and the list of deliveries in the Verantwoording, on the hand-built advice fixture
 * (see AdviceExpectationsTest for its derivations), and the manifest's fingerprint printed in the report.
 */
@IntegrationTest
class CouncilReportAdviceAndDeliveriesTest {

    @Autowired
    DeliveryImporter importer;

    @Autowired
    IndicatorRunner runner;

    @Autowired
    ReportPublisher publisher;

    @TempDir
    Path output;

    @Test
    void listsTheAdviceOfThePeriodAndTheDeliveriesBehindTheFigures() throws Exception {
        DeliverySummary delivery = importer.importFolder(
                Path.of(getClass().getResource("/deliveries/metrics/advies").toURI()), null, null).delivery();
        IndicatorRunner.RunSummary run = runner.run(Period.parse("2026-Q3"), List.of());
        publisher.publish(run.runId(), run.scope().label(), output, EnumSet.of(Audience.RAAD));

        Path folder = output.resolve("2026-Q3/GM0014/r1");
        String text = text(folder.resolve("raadsrapportage-GM0014-2026-Q3.pdf"));
        // ADV-01: issued 1 June (before P), due 1 June + 42 days = 13 July, answered 10 July in P: adopted, reasoned.
        assertThat(text).contains("Adviezen in deze periode",
                "Verordening cliëntenparticipatie gevraagd 1-6-2026 13-7-2026 10-7-2026 Overgenomen ja");
        // ADV-02: its own term of 30 days: due 14 August, answered that day, partly adopted.
        assertThat(text).contains("Re-integratieaanbod 2027 gevraagd 15-7-2026 14-8-2026 14-8-2026 Deels overgenomen ja");
        // ADV-03 is unrequested and not answered by the peildatum.
        assertThat(text).contains("Bereikbaarheid van klantmanagers ongevraagd 19-8-2026");

        assertThat(text).contains("Welke leveringen zijn gebruikt?", "metrics-advies (2026-Q3)");
        assertThat(text).containsPattern("metrics-advies \\(2026-Q3\\) \\d{1,2}-\\d{1,2}-\\d{4} " + delivery.read() + " "
                + delivery.imported() + " 0 Geaccepteerd");

        String manifest = Files.readString(folder.resolve("manifest.json"));
        Matcher fingerprint = Pattern.compile("\"inputsFingerprint\": \"([0-9a-f]{64})\"").matcher(manifest);
        assertThat(fingerprint.find()).isTrue();
        assertThat(text).contains("Vingerafdruk van de gegevens: " + fingerprint.group(1));
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
