package nl.participatiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The toezichtrapportage of {@link RegionFixture}'s 2025: the municipalities side by side, GR-NOORD with its two
 * members, and who handled their complaints, suppressed as for the raad.
 */
@IntegrationTest
class SupervisorPublicationTest {

    static final Period YEAR = Period.parse("2025");

    @Autowired
    DeliveryImporter importer;

    @Autowired
    IndicatorRunner runner;

    @Autowired
    ReportPublisher publisher;

    @TempDir
    Path delivery;

    @TempDir
    Path output;

    @TempDir
    Path again;

    @Test
    void setsTheMunicipalitiesSideBySideWithTheirGr() throws Exception {
        importer.importFolder(RegionFixture.write(delivery), null, null);
        IndicatorRunner.RunSummary run = runner.run(YEAR, List.of());

        List<ReportPublisher.Published> published = publisher.publish(run.runId(), run.scope().label(), output,
                EnumSet.of(Audience.TOEZICHT));

        assertThat(published).extracting(ReportPublisher.Published::scope).containsExactly("indicatoren-ALLE",
                "VERTROUWELIJK-indicatoren-ALLE", "toezicht-ALLE");
        Path pdf = output.resolve("2025/toezicht-ALLE/r1/toezichtrapportage-ALLE-2025.pdf");
        Path xlsx = output.resolve("2025/toezicht-ALLE/r1/toezichtrapportage-ALLE-2025.xlsx");
        String text = RegionFixture.text(pdf);
        // Alphabetical: Almere, Groningen, Stadskanaal. K1 (second column) is 6, 15 and 0; Groningen's K3 is 10 of 12
        // judged complaints on time (G13 of the GR was late too), but hidden (.): its 13 handled complaints (K10's
        // total) minus those 12 judged ones is G15, the one informally resolved complaint that K10 shows as <5.
        // Almere's 6 judged complaints are too few (.). Groningen's K7 is G14 alone (<5).
        assertThat(text).contains("Toezichtrapportage Participatiewet 2025", "Gemeenten: ALLE (3 gemeenten)",
                "DEFINITIEF, revisie 1",
                "Almere GM0034 DEFINITIEF 0 6 . 0 0 nee",
                "Groningen GM0014 DEFINITIEF 0 15 . <5 0 nee",
                "Stadskanaal GM0037 DEFINITIEF 0 0 - 0 0 nee");
        assertThat(text).containsPattern("Groningen GM0014 DEFINITIEF 0 15 . <5 0 nee [^A-Z]*S1, S2, S8");
        // GR-NOORD on the peildatum: Almere and Groningen, not Stadskanaal (left in 2025). K1 total 6 + 15 = 21; K3
        // and K7 are '.': a member's figure is suppressed, and the total would give it away.
        assertThat(text).contains("GR Werk en Inkomen Noord (GR-NOORD)",
                "Totaal GR Werk en Inkomen Noord 0 21 . . 0 -");
        assertThat(text.substring(text.indexOf("GR Werk en Inkomen Noord (GR-NOORD)"))).doesNotContain("Stadskanaal");
        // About (gedragende organisatie): Groningen's cells GR-NOORD 2 (<5) and GEMEENTE 13 (. beside it) are hidden,
        // so are their sums; UITV-NOORD is Almere's 6. Handled by: GR-NOORD 7, the municipalities 13, UITV-NOORD 1
        // (<5), and the smallest other (GR-NOORD's 7) is hidden with it. On time: the municipalities handled 10 of 11
        // judged complaints in the term (91%); GR-NOORD 5 of 6 and UITV-NOORD 1 of 1 are too few.
        assertThat(text).contains(
                "GR Werk en Inkomen Noord GR Werk en Inkomen Noord Gemeenschappelijke regeling . . .",
                "GR Werk en Inkomen Noord De gemeenten zelf Gemeente . 13 91%",
                "GR Werk en Inkomen Noord Werkbedrijf Noord BV Uitvoerder 6 <5 .");
        assertThat(RegionFixture.pdfA2aFailures(pdf)).isEmpty();

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.sheetIterator()).toIterable().extracting(Sheet::getSheetName)
                    .containsExactly("Gemeenten", "Signalen", "Groepsmedianen", "GR", "GR klachten", "Toelichting");
            Row groningen = row(workbook.getSheet("Gemeenten"), "Groningen");
            assertThat(groningen.getCell(4).getNumericCellValue()).isEqualTo(15);
            assertThat(groningen.getCell(5).getStringCellValue()).isEqualTo(".");
            assertThat(groningen.getCell(6).getStringCellValue()).isEqualTo("<5");
            assertThat(row(workbook.getSheet("Gemeenten"), "Almere").getCell(5).getStringCellValue()).isEqualTo(".");
            Row total = row(workbook.getSheet("GR"), "GR-NOORD", "GR Werk en Inkomen Noord", "Totaal GR");
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(21);
            assertThat(total.getCell(7).getStringCellValue()).isEqualTo(".");
            Row themselves = row(workbook.getSheet("GR klachten"), "GR-NOORD", "GR Werk en Inkomen Noord", "GEMEENTE");
            assertThat(themselves.getCell(4).getStringCellValue()).isEqualTo("Gemeente");
            assertThat(themselves.getCell(5).getStringCellValue()).isEqualTo(".");
            assertThat(themselves.getCell(6).getNumericCellValue()).isEqualTo(13);
            assertThat(row(workbook.getSheet("Signalen"), "Groningen", "GM0014", "S2").getCell(3).getStringCellValue())
                    .isEqualTo("K3");
        }

        // The same inputs published into another archive give the same bytes.
        publisher.publish(run.runId(), run.scope().label(), again, EnumSet.of(Audience.TOEZICHT));
        Path otherPdf = again.resolve("2025/toezicht-ALLE/r1/toezichtrapportage-ALLE-2025.pdf");
        Path otherXlsx = again.resolve("2025/toezicht-ALLE/r1/toezichtrapportage-ALLE-2025.xlsx");
        assertThat(RegionFixture.sha256(otherPdf)).isEqualTo(RegionFixture.sha256(pdf));
        assertThat(RegionFixture.sha256(otherXlsx)).isEqualTo(RegionFixture.sha256(xlsx));
    }

    /** The first row whose leading cells hold these texts. */
    static Row row(Sheet sheet, String... leading) {
        for (Row row : sheet) {
            boolean matches = row.getLastCellNum() >= leading.length;
            for (int i = 0; matches && i < leading.length; i++) {
                Cell cell = row.getCell(i);
                matches = cell != null && cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().equals(leading[i]);
            }
            if (matches) {
                return row;
            }
        }
        throw new AssertionError("No row " + List.of(leading) + " in " + sheet.getSheetName());
    }
}
