package nl.participatiemonitor.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularFilesTest {

    private static final long MB = 1L << 20;

    @TempDir
    Path dir;

    @Test
    void acceptsValidCsvWithUppercaseExtension() throws Exception {
        Path file = write("KLACHTEN.CSV", "id;naam\n1;\"Jan; Piet\"\n");

        TabularFiles.inspect(file, FileLimits.defaults());

        try (TabularReader reader = TabularFiles.open(file)) {
            assertThat(reader.next()).isEqualTo(new SourceRow(2, List.of("1", "Jan; Piet"), 2));
        }
    }

    @Test
    void refusesOtherFileTypes() throws Exception {
        refused(write("klachten.txt", "id;naam\n1;x\n"), FileLimits.defaults())
                .dutch("klachten.txt is geen CSV- of XLSX-bestand. Lever het bestand aan als CSV-bestand (UTF-8) "
                        + "of als Excel-werkmap (.xlsx).")
                .english("klachten.txt is not a CSV or XLSX file. Deliver the file as a CSV file (UTF-8) "
                        + "or as an Excel workbook (.xlsx).");
        refused(write("brief.pdf", "%PDF-1.7\n"), FileLimits.defaults()).dutch("brief.pdf is geen CSV- of XLSX-bestand.");
    }

    @Test
    void refusesFileAboveSizeLimit() throws Exception {
        Path file = write("groot.csv", "id\n" + "1\n".repeat(512 * 1024));

        refused(file, new FileLimits(MB / 2, MB, 100))
                .dutch("groot.csv is te groot: het bestand is 1,0 MB en de grens is 524288 bytes.")
                .english("groot.csv is too large: the file is 1.0 MB and the limit is 524288 bytes.");
    }

    @Test
    void refusesInvalidUtf8NamingLineAndByte() throws Exception {
        Path file = dir.resolve("klachten.csv");
        Files.write(file, bytes("id;naam\r\n1;é\r\n2;", 0xFF, "x\n"));

        refused(file, FileLimits.defaults())
                .dutch("klachten.csv is geen geldige UTF-8-tekst: ongeldige byte op regel 3 (byte 17). "
                        + "Sla het bestand op als UTF-8 en lever het opnieuw aan.")
                .english("klachten.csv is not valid UTF-8 text: invalid byte on line 3 (byte 17). "
                        + "Save the file as UTF-8 and deliver it again.");
    }

    @Test
    void findsInvalidUtf8AfterACharacterSplitOverReadBuffers() throws Exception {
        String padding = "x".repeat(64 * 1024 - 3);
        Path file = dir.resolve("lang.csv");
        Files.write(file, bytes("a\n" + padding + "é\n", 0xC3, "(\n"));

        refused(file, FileLimits.defaults()).english("lang.csv is not valid UTF-8 text: invalid byte on line 3 (byte 65538).");
    }

    @Test
    void refusesTruncatedCharacterAtEndOfFile() throws Exception {
        Path file = dir.resolve("kort.csv");
        Files.write(file, bytes("a\n", 0xE2, 0x82, ""));

        refused(file, FileLimits.defaults()).dutch("kort.csv is geen geldige UTF-8-tekst: ongeldige byte op regel 2 (byte 2).");
    }

    @Test
    void refusesNulByteAsBinary() throws Exception {
        Path file = dir.resolve("data.csv");
        Files.write(file, bytes("id;naam\n1;", 0, "\n"));

        refused(file, FileLimits.defaults())
                .dutch("data.csv is geen CSV-bestand maar een binair bestand: er staat een NUL-byte op regel 2 (byte 10). "
                        + "Lever een CSV-bestand aan dat als UTF-8-tekst is opgeslagen.")
                .english("data.csv is not a CSV file but a binary file: there is a NUL byte on line 2 (byte 10). "
                        + "Deliver a CSV file saved as UTF-8 text.");
    }

    @Test
    void refusesEmptyFileAndEmptyFirstLine() throws Exception {
        refused(write("leeg.csv", ""), FileLimits.defaults())
                .dutch("leeg.csv heeft geen kopregel: het bestand is leeg. Zet de kolomnamen op de eerste regel "
                        + "en lever het bestand opnieuw aan.")
                .english("leeg.csv has no header line: the file is empty. Put the column names on the first line "
                        + "and deliver the file again.");
        refused(write("wit.csv", "\nid;naam\n1;x\n"), FileLimits.defaults())
                .dutch("wit.csv heeft geen kopregel: regel 1 bevat geen kolomnamen.")
                .english("wit.csv has no header line: line 1 contains no column names.");
        refused(write("streep.csv", ";;\n1;2;3\n"), FileLimits.defaults())
                .english("streep.csv has no header line: line 1 contains no column names.");
    }

    @Test
    void refusesUnclosedQuoteNamingTheLineWhereItOpens() throws Exception {
        Path file = write("open.csv", "id;tekst\n1;ok\n\n2;\"nooit dicht\nmeer\n\n3;x\n");

        refused(file, FileLimits.defaults())
                .dutch("open.csv heeft een aanhalingsteken dat niet wordt gesloten: het veld begint op regel 4. "
                        + "Sluit het veld af met een aanhalingsteken en lever het bestand opnieuw aan.")
                .english("open.csv has a quote that is never closed: the field starts on line 4. "
                        + "Close the field with a quote and deliver the file again.");
    }

    @Test
    void refusesAFieldLongerThanTheLimitBeforeParsingIt() throws Exception {
        // A quote that never closes makes the rest of the file one field: without a limit the parser holds it all.
        Path file = write("lang.csv", "id;tekst\n1;kort\n2;\"" + "x\n".repeat(40) + "\n");

        refused(file, new FileLimits(MB, MB, 100, 64, 10))
                .dutch("lang.csv heeft op regel 3 een veld van meer dan 64 tekens (of een aanhalingsteken dat niet wordt "
                        + "gesloten). Sluit elk aanhalingsteken en kort lange tekst in; er is niets geïmporteerd.")
                .english("lang.csv has on line 3 a field of more than 64 characters (or a quote that is never closed). "
                        + "Close every quote and shorten long text; nothing was imported.");
    }

    @Test
    void refusesALineWithMoreFieldsThanTheLimit() throws Exception {
        Path file = write("breed.csv", "id;tekst\n1;\"a;b\"\n2" + ";".repeat(10) + "\n");

        refused(file, new FileLimits(MB, MB, 100, 64, 10))
                .dutch("breed.csv heeft op regel 3 meer dan 10 velden. Lever alleen de kolommen van het leveringsformaat "
                        + "aan; er is niets geïmporteerd.")
                .english("breed.csv has on line 3 more than 10 fields. Deliver only the columns of the delivery format; "
                        + "nothing was imported.");
    }

    @Test
    void refusesTextAfterClosingQuote() throws Exception {
        Path file = write("quote.csv", "id;tekst\n1;\"ab\"c\n");

        refused(file, FileLimits.defaults())
                .dutch("quote.csv heeft een fout in de aanhalingstekens op regel 2: na een afsluitend aanhalingsteken staat nog tekst.")
                .english("quote.csv has an error in the quotes on line 2: there is text after a closing quote.");
    }

    @Test
    void acceptsValidXlsx() throws Exception {
        Path file = dir.resolve("orgaan.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxReaderTest.strings(workbook.createSheet("Blad1").createRow(0), "orgaan_id", "naam");
            XlsxReaderTest.strings(workbook.getSheetAt(0).createRow(1), "O1", "Cliëntenraad");
            XlsxReaderTest.save(workbook, file);
        }

        TabularFiles.inspect(file, new FileLimits(MB, 10 * MB, 100));

        try (TabularReader reader = TabularFiles.open(file)) {
            assertThat(reader.header()).containsExactly("orgaan_id", "naam");
            assertThat(reader.next()).isEqualTo(new SourceRow(2, List.of("O1", "Cliëntenraad"), 2));
        }
    }

    @Test
    void acceptsXlsxWithZip64DataDescriptorsAsPoiStreamingWritesThem() throws Exception {
        Path file = dir.resolve("sxssf.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XlsxReaderTest.strings(workbook.createSheet("Blad1").createRow(0), "id");
            XlsxReaderTest.strings(workbook.getSheetAt(0).createRow(1), "7");
            workbook.write(out);
        }

        TabularFiles.inspect(file, FileLimits.defaults());

        try (TabularReader reader = TabularFiles.open(file)) {
            assertThat(reader.next()).isEqualTo(new SourceRow(2, List.of("7"), 1));
        }
    }

    @Test
    void refusesXlsxThatIsNotAZip() throws Exception {
        refused(write("nep.xlsx", "id;naam\n1;x\n"), FileLimits.defaults())
                .dutch("nep.xlsx is geen geldig XLSX-bestand: het is geen Excel-werkmap of het is beschadigd. "
                        + "Sla het bestand in Excel op als Excel-werkmap (.xlsx) zonder wachtwoord en lever het opnieuw aan.")
                .english("nep.xlsx is not a valid XLSX file: it is not an Excel workbook or it is damaged. "
                        + "Save the file in Excel as an Excel workbook (.xlsx) without a password and deliver it again.");
    }

    @Test
    void refusesZipThatIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("archief.xlsx");
        zipOfZeros(file, "hallo.txt", 10);

        refused(file, FileLimits.defaults()).english("archief.xlsx is not a valid XLSX file:");
    }

    @Test
    void refusesZipBombByRealInflatedSize() throws Exception {
        Path file = dir.resolve("bom.xlsx");
        zipOfZeros(file, "xl/worksheets/sheet1.xml", 50 * MB);

        refused(file, new FileLimits(MB, 10 * MB, 100_000))
                .dutch("bom.xlsx is geweigerd als mogelijke zipbom: uitgepakt is het bestand groter dan 10,0 MB. "
                        + "Lever de gegevens aan als CSV-bestand of verdeel ze over kleinere bestanden.")
                .english("bom.xlsx was refused as a possible zip bomb: unpacked, the file is larger than 10.0 MB. "
                        + "Deliver the data as a CSV file or split it over smaller files.");
    }

    @Test
    void refusesZipBombByInflateRatio() throws Exception {
        Path file = dir.resolve("ratio.xlsx");
        zipOfZeros(file, "xl/worksheets/sheet1.xml", 5 * MB);

        refused(file, new FileLimits(MB, 100 * MB, 100))
                .dutch("ratio.xlsx is geweigerd als mogelijke zipbom: het onderdeel xl/worksheets/sheet1.xml wordt bij "
                        + "uitpakken meer dan 100 keer zo groot.")
                .english("ratio.xlsx was refused as a possible zip bomb: the part xl/worksheets/sheet1.xml becomes more "
                        + "than 100 times as large when unpacked.");
    }

    @Test
    void sha256OfFileBytes() throws Exception {
        assertThat(TabularFiles.sha256(write("abc.csv", "abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static void zipOfZeros(Path file, String entry, long size) throws IOException {
        byte[] zeros = new byte[64 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, size - written));
            }
            zip.closeEntry();
        }
    }

    /** Text and single bytes (given as ints) concatenated. */
    private static byte[] bytes(Object... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Refusal refused(Path file, FileLimits limits) {
        try {
            TabularFiles.inspect(file, limits);
        } catch (UnreadableFileException e) {
            return new Refusal(e);
        }
        return fail("%s was not refused", file.getFileName());
    }

    /** Fluent checks on the start of both messages. */
    private record Refusal(UnreadableFileException exception) {

        Refusal dutch(String start) {
            assertThat(exception.dutch()).startsWith(start);
            return this;
        }

        Refusal english(String start) {
            assertThat(exception.english()).startsWith(start);
            return this;
        }
    }
}
