package nl.participatiemonitor.cli;

import nl.participatiemonitor.support.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import nl.participatiemonitor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A complaint register kept in Excel, with real date cells, imports like a CSV delivery. */
@IntegrationTest
class XlsxDeliveryTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void importsTheFirstSheetWithDateCellsAndRejectsByRowNumber() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("klachten.xlsx"))) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            Sheet sheet = workbook.createSheet("Klachten");
            row(sheet, 0, "Klacht_ID", "Gemeente_Code", "Ontvangen", "Onderwerp", "Opmerking");
            row(sheet, 1, "K-1", "GM0014", null, "bejegening", "telefonisch nagebeld");
            sheet.getRow(1).createCell(2).setCellValue(LocalDate.of(2026, 7, 1));
            sheet.getRow(1).getCell(2).setCellStyle(date);
            row(sheet, 3, "K-2", "GM0014", "2026-07-02", "GEEN_IDEE", "");
            workbook.write(out);
        }

        CliRun run = CliRun.run(context, "import", dir.toString(), "--source", "gm0014");

        assertThat(run.out()).contains("klachten.xlsx: 2 read, 1 imported, 1 rejected",
                "kolommen genegeerd / ignored columns: Opmerking");
        assertThat(jdbc.queryForObject("SELECT ontvangen FROM klachten WHERE klacht_id = 'K-1'", LocalDate.class))
                .isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(jdbc.queryForObject("SELECT onderwerp FROM klachten WHERE klacht_id = 'K-1'", String.class))
                .isEqualTo("BEJEGENING");
        assertThat(jdbc.queryForObject("SELECT regel FROM afwijzingen", Long.class)).as("spreadsheet row").isEqualTo(4);
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }
}
