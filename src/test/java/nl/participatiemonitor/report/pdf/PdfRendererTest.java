package nl.participatiemonitor.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class PdfRendererTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();
    private static byte[] samplePdf;

    @BeforeAll
    static void renderSample() {
        VeraGreenfieldFoundryProvider.initialise();
        samplePdf = RENDERER.render(CouncilReports.sample());
    }

    @Test
    void showsTheMunicipalityThePeriodEveryKeyFigureAndEverySignal() throws IOException {
        CouncilReport report = CouncilReports.sample();
        List<String> pages = pageTexts(samplePdf);

        assertThat(pages.get(0)).contains("Raadsrapportage Participatiewet", "Súdwest-Fryslân",
                "Gemeentecode GM1900", "Periode 2025-Q3", "Status VOORLOPIG, revisie 1",
                "Stand van de gegevens 15 oktober 2025", "leden van de gemeenteraad", "Participatiewet");
        assertThat(pages.get(1)).contains("Samenvatting",
                "Cijfer Deze periode Vorige periode Mediaan groep Wat betekent dit?", "Signalen");
        // A table row reads label, value, previous period, group median and meaning, in that order.
        for (KeyFigure figure : report.keyFigures()) {
            assertThat(pages.get(1)).contains(String.join(" ", figure.label(), figure.value(), figure.previous(),
                    figure.groupMedian(), figure.meaning()));
        }
        for (SignalLine signal : report.signals()) {
            assertThat(pages.get(1)).contains(String.join(" ", signal.text(), signal.norm(), signal.normSource()));
        }
    }

    @Test
    void everyPageIsA4AndCarriesTheStatusRevisionAndPageNumber() throws IOException {
        List<String> pages = pageTexts(samplePdf);
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).as("page %d", page).contains("VOORLOPIG", "revisie 1",
                    "Raadsrapportage Súdwest-Fryslân, 2025-Q3 VOORLOPIG, revisie 1 Pagina " + page + " van "
                            + pages.size());
        }
        try (PDDocument document = Loader.loadPDF(samplePdf)) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth(), within(1f));
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight(), within(1f));
            }
        }
    }

    @Test
    void aDefinitiveReportWithoutSignalsSaysSo() throws IOException {
        List<String> pages = pageTexts(RENDERER.render(CouncilReports.definitiveWithoutSignals()));

        assertThat(pages.get(0)).contains("Amsterdam", "DEFINITIEF, revisie 2", "De cijfers zijn definitief.");
        assertThat(pages.get(1)).contains("Er zijn deze periode geen signalen").doesNotContain("Wat valt op?");
        assertThat(pages).allSatisfy(page -> assertThat(page).contains("DEFINITIEF, revisie 2"));
    }

    @Test
    void theSectionsFollowTheOrderOfReportsMdEachOnANewPage() throws IOException {
        List<String> pages = pageTexts(samplePdf);

        List<Integer> starts = List.of("Samenvatting", "Klachten", "Cliëntenraad en adviezen",
                "Contact met inwoners in de bijstand", "Verantwoording").stream()
                .map(heading -> firstPageStartingWith(pages, heading)).toList();

        assertThat(starts).doesNotContain(-1).isSorted().doesNotHaveDuplicates();
        assertThat(starts.get(0)).isEqualTo(1);
        assertThat(pages.get(pages.size() - 1)).startsWith("Verantwoording");
    }

    @Test
    void theComplaintSectionShowsEveryFigureAsShownWithOutcomesTopicsOrganisationsAndTrend() throws IOException {
        String text = String.join(" ", pageTexts(samplePdf));
        ComplaintSection complaints = CouncilReports.complaints();

        // A section's table reads label, value, previous period and meaning; the group median is in the summary.
        assertThat(text).contains("Cijfer Deze periode Vorige periode Wat betekent dit?");
        for (KeyFigure figure : complaints.figures()) {
            assertThat(text).contains(String.join(" ", figure.label(), figure.value(), figure.previous(),
                    figure.meaning()));
        }
        assertThat(text).contains("Hoe liepen de klachten af?", "Uitkomst Wat betekent dit? Aantal klachten",
                "Gegrond De klacht klopte 6", "Deels gegrond De klacht klopte voor een deel <5",
                "Ongegrond De klacht klopte niet .", "Totaal afgehandeld 11");
        assertThat(text).contains("Waar gingen de klachten over?", "Onderwerp Waar gaat het over? Aantal klachten",
                "Bejegening Hoe een medewerker met iemand omging 7",
                "Bereikbaarheid Geen contact, niet teruggebeld of steeds een andere contactpersoon <5",
                "Betaling Te laat of verkeerd betaald .",
                "Medische beperking Er werd geen rekening gehouden met een beperking 0",
                "Niet in de grafiek: Bereikbaarheid (<5) en Betaling (.).");
        assertThat(text).contains("Over welke organisatie ging de klacht?", "De gemeente zelf 9",
                "Werkbedrijf Súdwest BV 5");
        assertThat(text).contains("Klachten door de tijd",
                "Periode Klachten ontvangen Klachten op tijd afgehandeld", "2024-Q4 7 90%", "2025-Q1 <5 .",
                "2025-Q3 14 82%");
    }

    @Test
    void theAdviceSectionShowsTheBodiesWithTheirFacilitiesAndTheAdviceFigures() throws IOException {
        String text = String.join(" ", pageTexts(samplePdf));

        assertThat(text).contains("Welke raden praten mee?",
                "Raad Soort raad Faciliteiten Bezette zetels Leden uit de bijstand Evaluatie te laat?",
                "Cliëntenraad Súdwest-Fryslân Cliëntenraad Participatiewet 5 van 7 8 van 9 5 van 8 nee",
                "Adviesraad Sociaal Domein Adviesraad sociaal domein 7 van 7 11 van 12 0 van 11 ja",
                "niet in de laatste 4 jaar geëvalueerd");
        for (KeyFigure figure : CouncilReports.advice().figures()) {
            assertThat(text).contains(String.join(" ", figure.label(), figure.value(), figure.previous(),
                    figure.meaning()));
        }
    }

    @Test
    void theContactSectionShowsTheChannelsAndTheTrend() throws IOException {
        String text = String.join(" ", pageTexts(samplePdf));

        assertThat(text).contains("Cliënten met een uitkering 1.250 1.231 Cliënten met een lopende uitkering.",
                "Manier van contact Telt als persoonlijk contact? Aantal contacten", "Gesprek op kantoor ja 1.312",
                "Telefoon ja 845", "Video ja <5", "Brief nee 0", "Niet in de grafiek: Video (<5).",
                "Contact door de tijd", "2025-Q1 68% -", "2025-Q2 . 14%");
    }

    @Test
    void theAccountabilityExplainsSourcesDefinitionsSmallNumbersStatusAndTheFingerprint() throws IOException {
        List<String> pages = pageTexts(samplePdf);
        String last = pages.get(pages.size() - 1);

        assertThat(last).contains("Waar komen de cijfers vandaan?", "levering", "15 oktober 2025",
                "Hoe zijn de cijfers berekend?", "Toelichting", "METRICS.md", "Kleine aantallen",
                "<5 betekent: het aantal is 1 tot en met 4.", "minder dan 10 mensen of zaken",
                "Een streepje (-) betekent", "Voorlopig of definitief", "minder dan 60 dagen geleden",
                "Dit rapport is VOORLOPIG, revisie 1.",
                "Vingerafdruk van de gegevens: " + CouncilReports.FINGERPRINT);
    }

    @Test
    void everyChartHasATextAlternativeWithTheFiguresItDrawsAndNoSuppressedOne() throws IOException {
        List<String> alternatives = figureAlternatives(samplePdf);

        assertThat(alternatives).hasSize(5);
        assertThat(alternatives).anySatisfy(alt -> assertThat(alt)
                .startsWith("Staafgrafiek van het aantal klachten per onderwerp: Bejegening 7; "
                        + "Medische beperking 0; Overig 5.")
                .doesNotContain("Bereikbaarheid", "Betaling"));
        assertThat(alternatives).anySatisfy(alt -> assertThat(alt)
                .startsWith("Lijngrafiek van klachten ontvangen per periode: 2024-Q4 7; 2025-Q2 9; 2025-Q3 14.")
                .doesNotContain("2025-Q1"));
        assertThat(alternatives).anySatisfy(alt -> assertThat(alt)
                .contains("Gesprek op kantoor 1.312; Telefoon 845; Brief 0.").doesNotContain("Video"));
        assertThat(alternatives).allSatisfy(alt -> assertThat(alt).endsWith("Dezelfde cijfers staan in de tabel."));
    }

    @Test
    void aReportWithNothingToDrawOrListSaysSoInPlainWords() throws IOException {
        byte[] pdf = RENDERER.render(CouncilReports.empty());
        String text = String.join(" ", pageTexts(pdf));

        assertThat(text).contains("Er is geen grafiek: deze periode is er geen getal boven 0 dat we mogen laten zien.",
                "Bejegening Hoe een medewerker met iemand omging 0", "Betaling Te laat of verkeerd betaald <5",
                "In deze periode kwamen er geen klachten binnen.",
                "Er is geen cliëntenraad of adviesraad die meepraat over de Participatiewet in deze gemeente.",
                "In deze periode is er geen contact met inwoners in de bijstand geregistreerd.",
                "Er is geen grafiek van dit cijfer. Daarvoor zijn minstens twee periodes nodig", "2025-Q3 0 -")
                .doesNotContain("Niet in de grafiek", "Raad Soort raad", "Deze raden praten mee", "Manier van contact",
                        "staan in de tabel Welke raden praten mee?");
        // One period with a number is no line: no chart at all, so no figure in the structure tree.
        assertThat(figureAlternatives(pdf)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "empty"})
    void isValidPdfA2a(String which) throws Exception {
        byte[] pdf = which.equals("sample") ? samplePdf : RENDERER.render(CouncilReports.empty());
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
            assertThat(parser.getFlavour()).isEqualTo(PDFAFlavour.PDFA_2_A);
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as("veraPDF %s failures:%n%s", parser.getFlavour(), failures(result))
                    .isTrue();
        }
    }

    @Test
    void isTaggedDutchAndDatedByItsData() throws IOException {
        try (PDDocument document = Loader.loadPDF(samplePdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Súdwest-Fryslân: raadsrapportage Participatiewet 2025-Q3");
            LocalDate created = document.getDocumentInformation().getCreationDate().toInstant()
                    .atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
            assertThat(created).isEqualTo(LocalDate.of(2025, 10, 15));
            assertThat(document.getDocumentInformation().getModificationDate())
                    .isEqualTo(document.getDocumentInformation().getCreationDate());
        }
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        byte[] again = RENDERER.render(CouncilReports.sample());
        byte[] byAnotherRenderer = new PdfRenderer().render(CouncilReports.sample());

        assertThat(sha256(again)).isEqualTo(sha256(samplePdf));
        assertThat(sha256(byAnotherRenderer)).isEqualTo(sha256(samplePdf));
    }

    @Test
    void theSameReportGivesTheSameBytesInAnotherProcessWithOtherDefaults(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("sample.pdf");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=America/New_York",
                "-cp", System.getProperty("java.class.path"), RenderSample.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        assertThat(sha256(Files.readAllBytes(file))).isEqualTo(sha256(samplePdf));
    }

    @Test
    void fontSubsetsHaveFixedTagsThatDifferPerFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(samplePdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            List<String> distinctFonts = fonts.stream().distinct().sorted().toList();

            assertThat(distinctFonts).hasSizeGreaterThanOrEqualTo(2)
                    .allMatch(font -> font.matches("([A-Z])\\1{5}\\+DejaVuSans.*"));
            assertThat(distinctFonts.stream().map(font -> font.substring(0, 6)).collect(Collectors.toSet()))
                    .hasSameSizeAs(distinctFonts);
        }
    }

    @Test
    void rendersConcurrentlyToTheSameBytes() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                renders.add(threads.submit(() -> RENDERER.render(CouncilReports.sample())));
            }
            for (Future<byte[]> render : renders) {
                assertThat(sha256(render.get())).isEqualTo(sha256(samplePdf));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void compilesTheTemplateOnceForManyReports() {
        PdfRenderer renderer = new PdfRenderer();
        assertThat(renderer.compilations()).isZero();

        renderer.render(CouncilReports.sample());
        renderer.render(CouncilReports.definitiveWithoutSignals());
        renderer.render(CouncilReports.sample());

        assertThat(renderer.compilations()).isOne();
    }

    @Test
    void refusesTextTheFontCannotPrint() {
        CouncilReport report = CouncilReports.withSignal(
                new SignalLine("S2", "Op tijd afgehandeld: 82%.", "≥ 90%", "Awb 9:11"));

        assertThatThrownBy(() -> RENDERER.render(report)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'≥' (U+2265) in signal S2");
    }

    @Test
    void namesFromTheDataAreFoldedToWhatTheFontCanPrint() {
        assertThat(PrintableText.fold("Adviesraad Doğan & Şahin")).isEqualTo("Adviesraad Dogan & Sahin");
        assertThat(PrintableText.fold("Cliëntenraad Súdwest-Fryslân")).isEqualTo("Cliëntenraad Súdwest-Fryslân");
        assertThat(PrintableText.fold("Raad ≥ 5")).isEqualTo("Raad ? 5");
    }

    private static int firstPageStartingWith(List<String> pages, String heading) {
        for (int page = 0; page < pages.size(); page++) {
            if (pages.get(page).startsWith(heading)) {
                return page;
            }
        }
        return -1;
    }

    /**
     * The text alternatives (/Alt) of the figures in the structure tree: one per chart. JasperReports tags a chart
     * as {@code Image}, which its role map maps to the standard {@code Figure}.
     */
    private static List<String> figureAlternatives(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> alternatives = new ArrayList<>();
            collectFigures(document.getDocumentCatalog().getStructureTreeRoot(), alternatives);
            return alternatives;
        }
    }

    private static void collectFigures(PDStructureNode node, List<String> alternatives) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (List.of("Figure", "Image").contains(element.getStructureType())) {
                    alternatives.add(element.getAlternateDescription());
                }
                collectFigures(element, alternatives);
            }
        }
    }

    /** The text of each page, with every run of white space (line breaks in table cells too) as one space. */
    private static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " ").trim());
            }
            return pages;
        }
    }

    private static String failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                .map(assertion -> "%s-%d %s (%s)".formatted(assertion.getRuleId().getClause(),
                        assertion.getRuleId().getTestNumber(), assertion.getMessage(), assertion.getLocationContext()))
                .distinct()
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
