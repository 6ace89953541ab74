package nl.participatiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.report.pdf.BodyRow;
import nl.participatiemonitor.report.pdf.ChartPoint;
import nl.participatiemonitor.report.pdf.CouncilReport;
import nl.participatiemonitor.report.pdf.PdfRenderer;
import nl.participatiemonitor.report.pdf.TrendRow;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestDeliveries;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;

/**
 * The sections after the samenvatting (Klachten, Cliëntenraad en adviezen, Contact, Verantwoording), built from a
 * real run and read back from the PDF: every figure as the raad may see it, and no suppressed figure in a chart.
 */
@IntegrationTest
class CouncilReportSectionsTest {

    static final Period Q3 = Period.parse("2026-Q3");
    static final LocalDate DATA_DATE = LocalDate.of(2026, 11, 2);

    @Autowired
    DeliveryImporter importer;

    @Autowired
    IndicatorRunner runner;

    @Autowired
    CouncilReports councilReports;

    @TempDir
    Path delivery;

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void groningensReportShowsComplaintsBodiesContactAndAccountabilityAsTheRaadMaySeeThem() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);
        long run = runner.run(Q3, List.of()).runId();

        CouncilReport report = councilReports.build(run, "GM0014", 1, DATA_DATE);
        byte[] pdf = renderer.render(report);
        String text = text(pdf);

        // Two complaints in 2026-Q3, one about bejegening and one about bereikbaarheid: each '<5', so not drawn.
        assertThat(report.complaints().topics()).hasSize(10)
                .filteredOn(p -> p.code().equals("onderwerp=BEJEGENING") || p.code().equals("onderwerp=BEREIKBAARHEID"))
                .extracting(ChartPoint::shown, ChartPoint::plotted)
                .containsExactly(tuple("<5", null), tuple("<5", null));
        assertThat(report.complaints().topics()).filteredOn(ChartPoint::isPlotted)
                .allSatisfy(p -> assertThat(p.plotted()).isZero());
        assertThat(text).contains("Klachten", "Waar gingen de klachten over?",
                "Onderwerp Waar gaat het over? Aantal klachten",
                "Bejegening Hoe een medewerker met iemand omging <5",
                "Bereikbaarheid Geen contact, niet teruggebeld of steeds een andere contactpersoon <5",
                "Informatie Niet goed geïnformeerd of niet betrokken 0", "Overig Een ander onderwerp 0",
                // Nothing above 0 may be drawn: a sentence stands where the chart would be.
                "Er is geen grafiek: deze periode is er geen getal boven 0 dat we mogen laten zien.");
        assertThat(text).contains("Klachten ontvangen <5", "Klachten op tijd afgehandeld .",
                "Over welke organisatie ging de klacht?", "De gemeente zelf <5", "Werkbedrijf Noord BV <5",
                "Hoe liepen de klachten af?", "Gegrond De klacht klopte <5", "Totaal afgehandeld <5");
        assertThat(chartAlternatives(pdf)).noneMatch(alt -> alt.contains("Bejegening") || alt.contains("Bereikbaarheid"));

        // The two bodies covering Groningen at 30 September 2026, each with its own facts (A6, A7, A8).
        assertThat(report.advice().bodies())
                .extracting(BodyRow::name, BodyRow::facilities, BodyRow::evaluationOverdue, BodyRow::seatsFilled,
                        BodyRow::seats, BodyRow::clientMembers)
                .containsExactly(tuple("Adviesraad Sociaal Domein Groningen", 5, true, 11L, 12L, "0"),
                        tuple("Cliëntenraad GR Noord", 6, false, 8L, 9L, "5"));
        assertThat(text).contains("Cliëntenraad en adviezen", "Welke raden praten mee?",
                "Adviesraad Sociaal Domein Groningen Adviesraad sociaal domein 5 van 7 11 van 12 0 van 11 ja",
                "Cliëntenraad GR Noord Cliëntenraad van een gemeenschappelijke regeling 6 van 7 8 van 9 5 van 8 nee",
                "Cliëntenraad aanwezig ja");

        assertThat(text).contains("Contact met inwoners in de bijstand", "Cliënten met een uitkering <5",
                "Hoe was er contact?", "Gesprek op kantoor ja <5", "Contact door de tijd");
        assertThat(report.contact().trend().rows()).hasSize(9).first().extracting(TrendRow::period)
                .isEqualTo("2024-Q3");

        assertThat(report.accountability().fingerprint()).matches("[0-9a-f]{64}");
        assertThat(text).contains("Verantwoording", "<5 betekent: het aantal is 1 tot en met 4.",
                "Vingerafdruk van de gegevens: " + report.accountability().fingerprint());
        assertThat(isPdfA(pdf)).isTrue();
    }

    @Test
    void aChartDrawsTheNumbersTheRaadMaySeeAndLeavesOutTheSuppressedOnes() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);
        String[] payments = IntStream.rangeClosed(1, 6)
                .mapToObj(i -> "K-B" + i + ";GM0014;2026-08-0" + i + ";BETALING").toArray(String[]::new);
        DeliveryFiles.in(delivery).source("gm0014", "2026-Q3")
                .csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp", payments);
        importer.importFolder(delivery, null, null);
        long run = runner.run(Q3, List.of()).runId();

        CouncilReport report = councilReports.build(run, "GM0014", 1, DATA_DATE, "sha256:abc123");
        byte[] pdf = renderer.render(report);
        String text = text(pdf);

        assertThat(report.complaints().topics())
                .filteredOn(p -> !p.shown().equals("0"))
                .extracting(ChartPoint::code, ChartPoint::shown, ChartPoint::plotted)
                .containsExactly(tuple("onderwerp=BEJEGENING", "<5", null),
                        tuple("onderwerp=BEREIKBAARHEID", "<5", null), tuple("onderwerp=BETALING", "6", 6.0));
        assertThat(text).contains("Klachten ontvangen 8", "Betaling Te laat of verkeerd betaald 6",
                "Bejegening Hoe een medewerker met iemand omging <5",
                "Niet in de grafiek: Bejegening (<5) en Bereikbaarheid (<5).", "Vingerafdruk van de gegevens: "
                        + "sha256:abc123");
        String topicsChart = chartAlternatives(pdf).stream().filter(alt -> alt.contains("per onderwerp"))
                .findFirst().orElseThrow();
        assertThat(topicsChart).contains("Betaling 6").doesNotContain("Bejegening", "Bereikbaarheid");
        // The trend draws this period's 8 and the zeros before it.
        assertThat(report.complaints().trend().rows()).last()
                .extracting(TrendRow::firstShown, TrendRow::firstPlotted).containsExactly("8", 8.0);
        assertThat(chartAlternatives(pdf)).anySatisfy(alt -> assertThat(alt)
                .startsWith("Lijngrafiek van klachten ontvangen per periode: 2024-Q3 0;").contains("2026-Q3 8."));
    }

    @Test
    void aRunThatChangesNothingForAMunicipalityGivesItsReportTheSameBytes() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);
        long first = runner.run(Q3, List.of()).runId();
        CouncilReport before = councilReports.build(first, "GM0034", 1, DATA_DATE);

        DeliveryFiles.in(delivery).csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp",
                "K-9;GM0014;2026-08-01;BETALING");
        importer.importFolder(delivery, "gm0014", "2026-Q3");
        long second = runner.run(Q3, List.of()).runId();
        CouncilReport gm0014 = councilReports.build(second, "GM0014", 1, DATA_DATE);

        assertThat(second).isNotEqualTo(first);
        CouncilReport after = councilReports.build(second, "GM0034", 1, DATA_DATE);
        assertThat(after.keyFigures()).isEqualTo(before.keyFigures());
        assertThat(after.signals()).isEqualTo(before.signals());
        assertThat(after.complaints()).isEqualTo(before.complaints());
        assertThat(after.advice()).isEqualTo(before.advice());
        assertThat(after.contact()).isEqualTo(before.contact());
        assertThat(after).isEqualTo(before);
        assertThat(sha256(renderer.render(after))).isEqualTo(sha256(renderer.render(before)));
        assertThat(gm0014.accountability().fingerprint())
                .isNotEqualTo(councilReports.build(first, "GM0014", 1, DATA_DATE).accountability().fingerprint());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The text alternative of every chart (a Figure in the structure tree; JasperReports calls it Image). */
    private static List<String> chartAlternatives(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> alternatives = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), alternatives);
            return alternatives;
        }
    }

    private static void collect(PDStructureNode node, List<String> alternatives) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (List.of("Figure", "Image").contains(element.getStructureType())) {
                    alternatives.add(element.getAlternateDescription());
                }
                collect(element, alternatives);
            }
        }
    }

    private static boolean isPdfA(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
            return validator.validate(parser).isCompliant();
        }
    }
}
