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
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

        assertThat(pages).hasSize(2);
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
    void isValidPdfA2a() throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(samplePdf));
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
