package nl.participatiemonitor.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsFirstSheetWithFormattedCells() throws Exception {
        Path file = dir.resolve("adviezen.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            Sheet sheet = workbook.createSheet("Adviezen");
            strings(sheet.createRow(0), " advies_id ", "datum", "aantal", "bedrag", "actief", "leeg", "dubbel");

            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(" A-1 ");
            row.createCell(1).setCellValue(LocalDate.of(2024, 3, 15));
            row.getCell(1).setCellStyle(dateStyle);
            row.createCell(2).setCellValue(42);
            row.createCell(3).setCellValue(12.5);
            row.createCell(4).setCellValue(true);
            row.createCell(5).setBlank();
            row.createCell(6).setCellFormula("C2*2");
            // row index 2 (spreadsheet row 3) is missing
            Row second = sheet.createRow(3);
            second.createCell(0).setCellFormula("\"A-\"&2");
            second.createCell(1).setCellFormula("B2+1");
            second.getCell(1).setCellStyle(dateStyle);
            second.createCell(2).setCellValue(1234567890123d);
            second.createCell(3).setCellValue(0.1);
            second.createCell(4).setCellFormula("1=2");
            second.createCell(6).setCellFormula("1/0");
            Row blank = sheet.createRow(4);
            blank.createCell(0).setBlank();
            blank.createCell(1).setCellValue("   ");
            Row wide = sheet.createRow(5);
            wide.createCell(0).setCellValue("A-3");
            wide.createCell(1).setCellErrorValue(FormulaError.NA.getCode());
            wide.createCell(8).setCellValue("extra");
            Row styledOnly = sheet.createRow(6);
            styledOnly.createCell(0).setCellValue("A-4");
            styledOnly.createCell(9).setCellStyle(dateStyle);

            strings(workbook.createSheet("Anders").createRow(0), "niet", "gelezen");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            save(workbook, file);
        }

        try (TabularReader reader = TabularFiles.open(file)) {
            assertThat(reader.header()).containsExactly("advies_id", "datum", "aantal", "bedrag", "actief", "leeg", "dubbel");
            assertThat(readAll(reader)).containsExactly(
                    new SourceRow(2, List.of("A-1", "2024-03-15", "42", "12.5", "true", "", "84"), 7),
                    new SourceRow(4, List.of("A-2", "2024-03-16", "1234567890123", "0.1", "false", "", "#DIV/0!"), 7),
                    new SourceRow(6, List.of("A-3", "#N/A", "", "", "", "", ""), 9),
                    // A workbook row ending in blank cells is not short: its cells keep their columns.
                    new SourceRow(7, List.of("A-4", "", "", "", "", "", ""), 7));
        }
    }

    @Test
    void refusesWorkbookWhoseFirstRowIsEmpty() throws Exception {
        Path file = dir.resolve("leeg.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Blad1");
            sheet.createRow(0).createCell(0).setBlank();
            strings(sheet.createRow(1), "id", "naam");
            save(workbook, file);
        }

        assertThatThrownBy(() -> TabularFiles.open(file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.dutch()).isEqualTo("leeg.xlsx heeft geen kopregel: rij 1 van werkblad \"Blad1\" bevat "
                            + "geen kolomnamen. Zet de kolomnamen in de eerste rij en lever het bestand opnieuw aan.");
                    assertThat(e.english()).isEqualTo("leeg.xlsx has no header row: row 1 of worksheet \"Blad1\" contains "
                            + "no column names. Put the column names in the first row and deliver the file again.");
                });
    }

    @Test
    void refusesWorkbookWhoseHeaderIsNotOnRowOne() throws Exception {
        Path file = dir.resolve("laat.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            strings(workbook.createSheet("Blad1").createRow(2), "id", "naam");
            save(workbook, file);
        }

        assertThatThrownBy(() -> TabularFiles.inspect(file, FileLimits.defaults()))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.dutch()).startsWith("laat.xlsx heeft geen kopregel: rij 1 van werkblad \"Blad1\""));
    }

    static void strings(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    static void save(XSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private static List<SourceRow> readAll(TabularReader reader) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow row; (row = reader.next()) != null; ) {
            rows.add(row);
        }
        return rows;
    }
}
