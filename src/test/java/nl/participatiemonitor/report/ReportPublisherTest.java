package nl.participatiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.report.archive.ArchiveVerifier;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestDeliveries;
import org.apache.pdfbox.Loader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A run is published into the archive: the run's files and a raadsrapportage per municipality, verifiable. */
@IntegrationTest
class ReportPublisherTest {

    static final Period Q3 = Period.parse("2026-Q3");

    @Autowired
    DeliveryImporter importer;

    @Autowired
    IndicatorRunner runner;

    @Autowired
    ReportPublisher publisher;

    @TempDir
    Path output;

    private static final Set<Audience> RAAD = EnumSet.of(Audience.RAAD);

    @TempDir
    Path delivery;

    @Test
    void publishesReadableReportsOnceAndANewRevisionForNewData() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);
        IndicatorRunner.RunSummary run = runner.run(Q3, List.of());

        List<ReportPublisher.Published> first = publisher.publish(run.runId(), run.scope().label(), output, RAAD);

        assertThat(first).extracting(ReportPublisher.Published::scope)
                .containsExactly("indicatoren-ALLE", "VERTROUWELIJK-indicatoren-ALLE", "GM0014", "GM0034", "GM0037");
        assertThat(first).allSatisfy(p -> assertThat(p.revision()).isOne());
        Path gm0014 = output.resolve("2026-Q3/GM0014/r1/raadsrapportage-GM0014-2026-Q3.pdf");
        String text = text(gm0014);
        // Two complaints (K1 = 2) are shown as '<5'; K3 is 1/1, a noemer below 10, so '.'.
        assertThat(text).contains("Groningen", "2026-Q3", "VOORLOPIG, revisie 1", "Klachten ontvangen <5",
                "Klachten op tijd afgehandeld .");
        assertThat(text(output.resolve("2026-Q3/GM0037/r1/raadsrapportage-GM0037-2026-Q3.pdf")))
                .contains("Er is geen cliëntenraad die meepraat over de Participatiewet", "Ombudsman III.2",
                        "Cliëntenraad aanwezig nee");
        assertThat(output.resolve("2026-Q3/VERTROUWELIJK-indicatoren-ALLE/r1/indicatoren.csv")).exists();
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                Files.newInputStream(output.resolve("2026-Q3/GM0014/r1/raadsrapportage-GM0014-2026-Q3.xlsx")))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Samenvatting");
            assertThat(workbook.getSheet("Indicatoren")).isNotNull();
        }
        // The fixture is one delivery with every entity: each municipality's manifest names its nine files.
        assertThat(Files.readString(output.resolve("2026-Q3/GM0014/r1/manifest.json")))
                .contains("\"fileName\": \"klachten.csv\"", "\"source\": \"regio-noord\"");

        byte[] revisionOne = Files.readAllBytes(gm0014);
        List<ReportPublisher.Published> again = publisher.publish(run.runId(), run.scope().label(), output, RAAD);
        assertThat(again).allSatisfy(p -> assertThat(p.created()).isFalse());

        DeliveryFiles.in(delivery).csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp",
                "K-9;GM0014;2026-08-01;BETALING");
        importer.importFolder(delivery, "gm0014", "2026-Q3");
        IndicatorRunner.RunSummary second = runner.run(Q3, List.of());
        List<ReportPublisher.Published> revised = publisher.publish(second.runId(), second.scope().label(), output, RAAD);

        assertThat(revised).filteredOn(p -> p.scope().equals("GM0014")).singleElement()
                .satisfies(p -> assertThat(p.revision()).isEqualTo(2));
        // The new delivery only concerns GM0014: the others' manifests and reports stay as they were.
        assertThat(revised).filteredOn(p -> p.scope().equals("GM0034")).singleElement()
                .satisfies(p -> assertThat(p.created()).isFalse());
        assertThat(text(output.resolve("2026-Q3/GM0014/r2/raadsrapportage-GM0014-2026-Q3.pdf")))
                .contains("VOORLOPIG, revisie 2");
        assertThat(Files.readAllBytes(gm0014)).as("revision 1 is never overwritten").isEqualTo(revisionOne);
        ArchiveVerifier.VerificationResult verified = new ArchiveVerifier().verify(output);
        assertThat(verified.ok()).as(verified.firstProblem().toString()).isTrue();
        // indicatoren-ALLE r1, r2; VERTROUWELIJK-indicatoren-ALLE r1, r2; GM0014 r1, r2; GM0034 r1; GM0037 r1 (their
        // inputs and reports did not change).
        assertThat(verified.manifestsChecked()).isEqualTo(8);
    }

    @Test
    void aChangedGroupMedianRevisesTheReportsThatShowIt() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);
        IndicatorRunner.RunSummary run = runner.run(Q3, List.of());
        publisher.publish(run.runId(), run.scope().label(), output, RAAD);

        // Five more complaints for GM0014: its K1 becomes 7, large enough to be shown, so the group <500 (GM0014,
        // GM0034, GM0037) gets a K1 median. GM0034's own data did not change, but its summary prints that median.
        DeliveryFiles.in(delivery).csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp",
                "N-1;GM0014;2026-07-01;BETALING", "N-2;GM0014;2026-07-02;BETALING", "N-3;GM0014;2026-07-03;OVERIG",
                "N-4;GM0014;2026-07-04;OVERIG", "N-5;GM0014;2026-07-05;BEJEGENING");
        importer.importFolder(delivery, "gm0014", "2026-Q3");
        IndicatorRunner.RunSummary second = runner.run(Q3, List.of());
        List<ReportPublisher.Published> revised = publisher.publish(second.runId(), second.scope().label(), output, RAAD);

        assertThat(revised).filteredOn(p -> p.scope().equals("GM0034")).singleElement()
                .satisfies(p -> assertThat(p.revision()).isEqualTo(2));
        assertThat(text(output.resolve("2026-Q3/GM0034/r2/raadsrapportage-GM0034-2026-Q3.pdf")))
                .contains("Klachten ontvangen <5 0 7");
        assertThat(Files.readString(output.resolve("2026-Q3/GM0034/r2/manifest.json")))
                .contains("\"groepsmedianen_sha256\"");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
