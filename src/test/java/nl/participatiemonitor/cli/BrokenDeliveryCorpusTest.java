package nl.participatiemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A corpus of broken deliveries, generated small in a temporary folder: every one is imported through the command
 * line and must end with the documented exit code (0 accepted, 2 refused, 3 held), one clear message and no stack
 * trace, every valid line of the rest of the delivery imported, and no delivery left BEZIG.
 */
@IntegrationTest
class BrokenDeliveryCorpusTest {

    static final String HEADER = "klacht_id;gemeente_code;ontvangen;onderwerp";
    static final String VALID = "K-1;GM0014;2026-07-01;BEJEGENING";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    /**
     * One broken delivery: what is written beside two valid organisations, the exit code, a message the output
     * must hold (or, for a rejected line, the reject list), and how many complaints are imported.
     */
    record Broken(String name, Consumer<DeliveryFiles> files, int exitCode, String message, String rejectReason,
            long complaints) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Broken> corpus() {
        return Stream.of(
                new Broken("Latin-1 instead of UTF-8", d -> d.bytes("klachten.csv",
                        (HEADER + "\n" + VALID + "\nK-2;GM0014;2026-07-01;caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1)),
                        2, "klachten.csv: refused: klachten.csv is geen geldige UTF-8-tekst: ongeldige byte op regel 3", null, 0),
                new Broken("UTF-16 with a byte order mark", d -> d.bytes("klachten.csv",
                        (HEADER + "\n" + VALID + "\n").getBytes(StandardCharsets.UTF_16)),
                        2, "klachten.csv: refused: klachten.csv is opgeslagen als UTF-16", null, 0),
                new Broken("UTF-16LE without a byte order mark", d -> d.bytes("klachten.csv",
                        (HEADER + "\n" + VALID + "\n").getBytes(StandardCharsets.UTF_16LE)),
                        2, "klachten.csv: refused: klachten.csv is opgeslagen als UTF-16", null, 0),
                new Broken("a PNG posing as CSV", d -> d.bytes("klachten.csv",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}),
                        2, "klachten.csv: refused: klachten.csv is geen geldige UTF-8-tekst: ongeldige byte op regel 1 (byte 0)",
                        null, 0),
                new Broken("a workbook posing as CSV", d -> d.bytes("klachten.csv", workbook()),
                        2, "klachten.csv: refused: klachten.csv is geen CSV-bestand maar een zip-archief, waarschijnlijk een "
                                + "Excel-werkmap", null, 0),
                new Broken("a valid workbook (control)", d -> d.bytes("klachten.xlsx", workbook()),
                        0, "klachten.xlsx: 1 read, 1 imported, 0 rejected", null, 1),
                new Broken("a PDF posing as XLSX", d -> d.text("klachten.xlsx", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"),
                        2, "klachten.xlsx: refused: klachten.xlsx is geen geldig XLSX-bestand", null, 0),
                new Broken("XLSX with an entity expansion (billion laughs)", d -> d.bytes("klachten.xlsx",
                        withSheet(workbook(), billionLaughs())),
                        2, "klachten.xlsx: refused: klachten.xlsx is geen geldig XLSX-bestand", null, 0),
                new Broken("XLSX with an external entity", d -> d.bytes("klachten.xlsx",
                        withSheet(workbook(), externalEntity())),
                        2, "klachten.xlsx: refused: klachten.xlsx is geen geldig XLSX-bestand", null, 0),
                new Broken("a zip bomb named XLSX", d -> d.bytes("klachten.xlsx", zipBomb()),
                        2, "klachten.xlsx: refused: klachten.xlsx is geweigerd als mogelijke zipbom", null, 0),
                new Broken("NUL bytes in a CSV", d -> d.bytes("klachten.csv",
                        (HEADER + "\n" + VALID + "\nK-2;GM0014;2026-07-01;BEJ\0EGENING\n").getBytes(StandardCharsets.UTF_8)),
                        2, "klachten.csv: refused: klachten.csv is geen CSV-bestand maar een binair bestand: er staat een NUL-byte op regel 3",
                        null, 0),
                new Broken("an empty file", d -> d.text("klachten.csv", ""),
                        2, "klachten.csv: refused: klachten.csv heeft geen kopregel: het bestand is leeg", null, 0),
                new Broken("only a header", d -> d.text("klachten.csv", HEADER + "\n"),
                        0, "klachten.csv: 0 read, 0 imported, 0 rejected", null, 0),
                new Broken("separated by '|'", d -> d.text("klachten.csv", HEADER.replace(';', '|') + "\n"
                        + VALID.replace(';', '|') + "\n"),
                        2, "klachten.csv: refused: klachten.csv heeft een kopregel van één kolom: het scheidingsteken lijkt '|' te zijn. Gebruik ';' of ','",
                        null, 0),
                new Broken("separated by tabs", d -> d.text("klachten.csv", HEADER.replace(';', '\t') + "\n"
                        + VALID.replace(';', '\t') + "\n"),
                        2, "the separator seems to be tab. Use ';' or ','", null, 0),
                new Broken("a quote never closed", d -> d.text("klachten.csv", HEADER + "\n" + VALID + "\n\"K-2;GM0014\n"),
                        2, "klachten.csv: refused: klachten.csv heeft een aanhalingsteken dat niet wordt gesloten", null, 0),
                new Broken("a giant line of 3 MB", d -> d.text("klachten.csv", HEADER + "\n" + VALID + "\nK-2;GM0014;2026-07-01;"
                        + "X".repeat(3 << 20) + "\n"),
                        // Longer than pm.import.max-field-length: the file is refused before a parser holds it.
                        2, "klachten.csv: refused: klachten.csv heeft op regel 3 een veld van meer dan 32768 tekens",
                        null, 0),
                new Broken("a giant key field", d -> d.text("klachten.csv", HEADER + "\n" + VALID + "\n"
                        + "K".repeat(100_000) + ";GM0014;2026-07-01;BETALING\n"),
                        2, "klachten.csv: refused: klachten.csv heeft op regel 3 een veld van meer dan 32768 tekens",
                        null, 0),
                new Broken("3,000 extra columns", d -> d.text("klachten.csv", HEADER + extraColumns(3000, "kolom_%04d")
                        + "\n" + VALID + ";x".repeat(3000) + "\n"),
                        // More than pm.import.max-columns (1000): refused whole.
                        2, "klachten.csv: refused: klachten.csv heeft op regel 1 meer dan 1000 velden", null, 0),
                new Broken("90 realistic extra columns", d -> d.text("klachten.csv", HEADER
                        + extraColumns(90, "Toelichting klantmanager bij de behandeling van de klacht, deel %d")
                        + "\n" + VALID + ";vrije tekst".repeat(90) + "\n"),
                        0, "... en nog 70 / and 70 more (90 in totaal / in total)", null, 1),
                new Broken("a column name of 100,000 characters", d -> d.text("klachten.csv", HEADER + ";"
                        + "Q".repeat(100_000) + "\n" + VALID + ";x\n"),
                        2, "klachten.csv: refused: klachten.csv heeft op regel 1 een veld van meer dan 32768 tekens",
                        null, 0),
                new Broken("a sub folder with complaints", d -> d.text("extra/klachten.csv", HEADER + "\n" + VALID + "\n"),
                        2, "extra: refused: extra is een map; een levering bevat alleen bestanden", null, 0),
                new Broken("a folder named klachten.csv", d -> d.text("klachten.csv/data.csv", HEADER + "\n" + VALID + "\n"),
                        2, "klachten.csv: refused: klachten.csv is een map", null, 0),
                new Broken("an impossible date", d -> d.text("klachten.csv", HEADER + "\n" + VALID
                        + "\nK-2;GM0014;2026-02-30;BETALING\n"),
                        3, "klachten.csv: 2 read, 1 imported, 1 rejected", "ontvangen '2026-02-30' is geen geldige datum", 1),
                new Broken("a complaint received on 0001-01-01", d -> d.text("klachten.csv", HEADER + "\n" + VALID
                        + "\nK-2;GM0014;0001-01-01;BETALING\n"),
                        3, "klachten.csv: 2 read, 1 imported, 1 rejected",
                        "ontvangen '0001-01-01' ligt buiten de aannemelijke periode 1990-01-01 tot en met 2076-11-16", 1),
                new Broken("a complaint received on Excel's day zero", d -> d.text("klachten.csv", HEADER + "\n" + VALID
                        + "\nK-2;GM0014;1899-12-30;BETALING\n"),
                        3, "klachten.csv: 2 read, 1 imported, 1 rejected", "ligt buiten de aannemelijke periode", 1),
                new Broken("a benefit ending on 9999-12-31", d -> d
                        .text("klachten.csv", HEADER + "\n" + VALID + "\n")
                        .text("clienten.csv", "client_id;gemeente_code;start_uitkering;einde_uitkering\n"
                                + "C-1;GM0014;2020-01-01;\nC-2;GM0014;2020-01-01;9999-12-31\n"),
                        3, "clienten.csv: 2 read, 1 imported, 1 rejected",
                        "einde_uitkering '9999-12-31' ligt buiten de aannemelijke periode", 1),
                new Broken("a workbook with a complaint received on 1900-01-01", d -> d.bytes("klachten.xlsx",
                        workbook(VALID, "K-2;GM0014;1900-01-01;BETALING")),
                        3, "klachten.xlsx: 2 read, 1 imported, 1 rejected",
                        "ontvangen '1900-01-01' ligt buiten de aannemelijke periode", 1),
                new Broken("formula text in a workbook", d -> d.bytes("klachten.xlsx",
                        workbook(VALID, "=HYPERLINK(\"https://example.org\";\"klik\");GM0014;2026-07-01;BETALING")),
                        0, "klachten.xlsx: 2 read, 2 imported, 0 rejected", null, 2),
                new Broken("formula text", d -> d.text("klachten.csv", HEADER + "\n" + VALID
                        + "\n\"=cmd|' /C calc'!A0\";GM0014;2026-07-01;BETALING\n"),
                        0, "klachten.csv: 2 read, 2 imported, 0 rejected", null, 2),
                new Broken("more fields than the header", d -> d.text("klachten.csv", HEADER + "\n" + VALID
                        + "\nK-2;GM0014;2026-07-01;BETALING;extra;extra\n"),
                        3, "klachten.csv: 2 read, 1 imported, 1 rejected", "De regel heeft 6 velden, de kopregel 4", 1),
                new Broken("a named pipe posing as CSV", d -> fifo(d.folder().resolve("klachten.csv")),
                        2, "klachten.csv: refused: klachten.csv is geen gewoon bestand", null, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyBrokenDeliveryEndsCleanly(Broken broken) {
        DeliveryFiles delivery = DeliveryFiles.in(dir.resolve("levering"))
                .csv("organisaties.csv", "organisatie_code;naam;soort", "UITV-A;Werkbedrijf A;UITVOERDER", "GR-A;GR A;GR");
        broken.files().accept(delivery);

        CliRun run = CliRun.run(context, "import", delivery.folder().toString(), "--source", "gm0014");

        String output = run.out() + run.err();
        assertThat(run.exitCode()).as(output).isEqualTo(broken.exitCode());
        assertThat(output).contains(broken.message()).doesNotContain("Exception", "at nl.", "\tat ");
        if (broken.exitCode() != 0) {
            assertThat(output).as("not shown as accepted").doesNotContain(": GEACCEPTEERD");
        }
        assertThat(output.lines().filter(l -> l.contains(": refused: ")).count())
                .as("one message per refused file").isLessThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisaties WHERE actueel = 1", Long.class))
                .as("the valid rest of the delivery").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM klachten", Long.class)).isEqualTo(broken.complaints());
        assertThat(jdbc.queryForList("SELECT status FROM leveringen", String.class)).hasSize(1)
                .doesNotContain("BEZIG");
        if (broken.rejectReason() != null) {
            assertThat(CliRun.run(context, "rejects", shortId(run.out())).out()).contains(broken.rejectReason());
        }
    }

    private static String shortId(String out) {
        return out.substring("Levering ".length(), "Levering ".length() + 12);
    }

    private static String extraColumns(int count, String pattern) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> ";" + String.format(pattern, i)).collect(Collectors.joining());
    }

    private static void fifo(Path path) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            assertThat(mkfifo.waitFor()).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A valid one-sheet workbook with the complaints header and one line. */
    private static byte[] workbook() {
        return workbook(VALID);
    }

    /** A one-sheet workbook with the complaints header and these lines; dates become date cells, as Excel keeps them. */
    private static byte[] workbook(String... lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Klachten");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] header = HEADER.split(";");
            var first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < lines.length; r++) {
                String[] values = lines[r].split(";(?=[^\"]*$)");
                var row = sheet.createRow(r + 1);
                for (int i = 0; i < values.length; i++) {
                    var cell = row.createCell(i);
                    if (values[i].matches("\\d{4}-\\d{2}-\\d{2}")) {
                        cell.setCellValue(java.time.LocalDate.parse(values[i]));
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(values[i]);
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook with its first sheet's XML replaced. */
    private static byte[] withSheet(byte[] workbook, String sheetXml) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals("xl/worksheets/sheet1.xml")
                        ? sheetXml.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String billionLaughs() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return sheet("<!DOCTYPE worksheet [" + entities + "]>", "&lol9;");
    }

    private static String externalEntity() {
        return sheet("<!DOCTYPE worksheet [<!ENTITY geheim SYSTEM \"file:///etc/passwd\">]>", "&geheim;");
    }

    private static String sheet(String doctype, String value) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>klacht_id</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>gemeente_code</t></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>ontvangen</t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>onderwerp</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + value + "</t></is></c></row>"
                + "</sheetData></worksheet>";
    }

    /** An XLSX-named zip whose one part inflates from a few kilobytes to 20 MB of zeros. */
    private static byte[] zipBomb() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
