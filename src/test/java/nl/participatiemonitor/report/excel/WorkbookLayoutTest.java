package nl.participatiemonitor.report.excel;

import static nl.participatiemonitor.metrics.Indicator.C1;
import static nl.participatiemonitor.metrics.Indicator.C5;
import static nl.participatiemonitor.metrics.Indicator.K1;
import static nl.participatiemonitor.metrics.Indicator.K2;
import static nl.participatiemonitor.metrics.Indicator.K3;
import static nl.participatiemonitor.report.excel.SampleFigures.count;
import static nl.participatiemonitor.report.excel.SampleFigures.ratio;
import static nl.participatiemonitor.report.excel.SampleFigures.signal;
import static nl.participatiemonitor.report.excel.WorkbookCells.allCells;
import static nl.participatiemonitor.report.excel.WorkbookCells.format;
import static nl.participatiemonitor.report.excel.WorkbookCells.read;
import static nl.participatiemonitor.report.excel.WorkbookCells.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.participatiemonitor.metrics.Indicator;
import nl.participatiemonitor.metrics.Norms;
import nl.participatiemonitor.metrics.ShownFigure;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/** How the workbook shows figures the raad may see, and text that looks like a formula, without a database. */
class WorkbookLayoutTest {

    private static final List<ShownFigure> FIGURES = List.of(
            ratio("2026-Q1", C1, 16, 20),
            ratio("2026-Q2", C1, 4, 8),
            count("2026-Q3", K1, "", 1_234),
            count("2026-Q3", K1, "onderwerp=BEJEGENING", 3),
            new ShownFigure(SampleFigures.CODE, "2026-Q3", K2, "", 1_234L, 25_000L, new BigDecimal("49.36"), "49.4",
                    false),
            ratio("2026-Q3", K3, 45, 50),
            ratio("2026-Q3", C1, 14, 20),
            ratio("2026-Q3", C5, 25, 20));

    @Test
    void sharesArePercentagesForPeopleAndFractionsInIndicatoren() throws IOException {
        try (XSSFWorkbook workbook = read(render(SampleFigures.of("Utrecht", FIGURES, List.of(), Map.of())))) {
            Row contact = row(workbook.getSheet("Contact"), "C1", C1.label(), "Totaal");
            assertThat(contact.getCell(3).getNumericCellValue()).isEqualTo(0.7);
            assertThat(format(contact.getCell(3))).isEqualTo("0.0%");
            assertThat(contact.getCell(4).getNumericCellValue()).isEqualTo(14);
            assertThat(contact.getCell(5).getNumericCellValue()).isEqualTo(20);
            Row perClient = row(workbook.getSheet("Contact"), "C5", C5.label(), "Totaal");
            assertThat(perClient.getCell(3).getNumericCellValue()).as("25 contacts, 20 clients").isEqualTo(1.25);
            assertThat(format(perClient.getCell(3))).as("not 125%").isEqualTo("0.00");
            Row received = row(workbook.getSheet("Klachten"), "K1", K1.label(), "Totaal");
            assertThat(received.getCell(3).getNumericCellValue()).isEqualTo(1_234);
            assertThat(format(received.getCell(3))).isEqualTo("#,##0");
            assertThat(format(row(workbook.getSheet("Klachten"), "K2").getCell(3))).isEqualTo("0.0");

            Row data = row(workbook.getSheet("Indicatoren"), SampleFigures.CODE, "2026-Q3", "C1");
            assertThat(data.getCell(4).getNumericCellValue()).isEqualTo(0.7);
            assertThat(format(data.getCell(4))).isEqualTo("0.0000");
            assertThat(data.getCell(7).getStringCellValue()).isEqualTo("N");
        }
    }

    @Test
    void aSuppressedShareIsAGapInTheChartNotAZero() throws IOException {
        try (XSSFWorkbook workbook = read(render(SampleFigures.of("Utrecht", FIGURES, List.of(), Map.of())))) {
            XSSFSheet trend = workbook.getSheet("Trend");
            Row table = row(trend, "C1", C1.label());
            assertThat(table.getCell(3).getStringCellValue()).as("2026-Q2: 4 of 8").isEqualTo(".");
            Row chartData = trend.getRow(
                    row(trend, "", "Gegevens voor de grafiek (zonder weggelaten cijfers)").getRowNum() + 1);
            assertThat(chartData.getCell(0).getStringCellValue()).isEqualTo("C1");
            assertThat(chartData.getCell(2).getNumericCellValue()).isEqualTo(0.8);
            assertThat(chartData.getCell(3)).isNull();
            assertThat(chartData.getCell(4).getNumericCellValue()).isEqualTo(0.7);

            CTChart chart = trend.getDrawingPatriarch().getCharts().get(0).getCTChart();
            CTNumData c1 = chart.getPlotArea().getLineChartArray(0).getSerArray(0).getVal().getNumRef().getNumCache();
            assertThat(c1.getPtArray()).extracting(pt -> pt.getIdx() + "=" + pt.getV())
                    .containsExactly("0=0.8", "2=0.7");
            assertThat(chart.getDispBlanksAs().getVal()).isEqualTo(STDispBlanksAs.GAP);
        }
    }

    @Test
    void theSummaryShowsGroupMediansInTheIndicatorsFormat() throws IOException {
        Map<String, BigDecimal> medians = Map.of("K1", new BigDecimal("2.5"), "K3", new BigDecimal("0.9"));
        try (XSSFWorkbook workbook = read(render(SampleFigures.of("Utrecht", FIGURES, List.of(), medians)))) {
            XSSFSheet summary = workbook.getSheet("Samenvatting");
            Cell k1 = row(summary, "K1").getCell(4);
            assertThat(k1.getNumericCellValue()).isEqualTo(2.5);
            assertThat(format(k1)).as("a median of counts between two whole numbers").isEqualTo("0.0");
            assertThat(format(row(summary, "K3").getCell(4))).isEqualTo("0.0%");
            assertThat(row(summary, "C2").getCell(4).getStringCellValue()).isEqualTo("-");
            assertThat(row(summary, "C1").getCell(3).getStringCellValue()).as("2026-Q2").isEqualTo(".");
            assertThat(row(summary, "Signalen")).isNotNull();
            assertThat(row(summary, "Geen signalen in deze periode.")).isNotNull();
        }
    }

    @Test
    void textFromTheDataThatLooksLikeAFormulaIsDefused() throws IOException {
        CouncilFigures figures = SampleFigures.of("=cmd|' /C calc'!A0", FIGURES,
                List.of(signal("S9", "+31 6 12345678 belt u terug", "-", "-bron")), Map.of());
        try (XSSFWorkbook workbook = read(render(figures))) {
            Row name = row(workbook.getSheet("Samenvatting"), "Gemeente");
            assertThat(name.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getCell(1).getStringCellValue()).isEqualTo("\u2019=cmd|' /C calc'!A0");
            Row signal = row(workbook.getSheet("Samenvatting"), "S9");
            assertThat(WorkbookCells.texts(signal))
                    .containsExactly("S9", "\u2019+31 6 12345678 belt u terug", "-", "\u2019-bron");
            assertThat(allCells(workbook)).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
        }
    }

    @Test
    void toelichtingDefinesEveryIndicatorAndExplainsTheMarkersWithTheNormsInForce() throws IOException {
        try (XSSFWorkbook workbook = read(render(SampleFigures.of("Utrecht", FIGURES, List.of(), Map.of())))) {
            XSSFSheet explanation = workbook.getSheet("Toelichting");
            for (Indicator indicator : Indicator.values()) {
                assertThat(WorkbookCells.texts(row(explanation, indicator.code())))
                        .containsExactly(indicator.code(), indicator.label(), indicator.definition());
            }
            assertThat(row(explanation, "<5").getCell(2).getStringCellValue())
                    .startsWith("Het aantal is 1 tot en met 4.");
            assertThat(row(explanation, ".").getCell(2).getStringCellValue()).contains("minder dan 10 mensen");
            assertThat(explanation.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C31");
        }
    }

    private static byte[] render(CouncilFigures figures) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CouncilWorkbook.write(figures, Norms.defaults(), out);
        return out.toByteArray();
    }
}
