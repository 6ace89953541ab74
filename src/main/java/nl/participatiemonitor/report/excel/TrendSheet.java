package nl.participatiemonitor.report.excel;

import static nl.participatiemonitor.metrics.Indicator.A2;
import static nl.participatiemonitor.metrics.Indicator.B1;
import static nl.participatiemonitor.metrics.Indicator.C1;
import static nl.participatiemonitor.metrics.Indicator.C5;
import static nl.participatiemonitor.metrics.Indicator.K1;
import static nl.participatiemonitor.metrics.Indicator.K3;
import static nl.participatiemonitor.report.excel.CouncilWorkbookTexts.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.participatiemonitor.metrics.Indicator;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * {@code Trend}: the totals of a few indicators over the run's period and the periods before it, one column per
 * period, oldest first, and a native line chart of the two shares the raad follows most: contact with
 * long-term clients (C1) and complaints handled on time (K3).
 */
final class TrendSheet {

    private static final List<Indicator> ROWS = List.of(B1, C1, C5, K1, K3, A2);
    private static final List<Indicator> CHARTED = List.of(C1, K3);
    private static final int FIRST_PERIOD_COLUMN = 2;
    private static final int CHART_HEIGHT_ROWS = 20;

    private TrendSheet() {
    }

    static void write(SXSSFWorkbook workbook, WorkbookStyles styles, CouncilFigures figures) {
        List<String> periods = figures.periods();
        int[] widths = new int[FIRST_PERIOD_COLUMN + periods.size()];
        widths[0] = 8;
        widths[1] = 50;
        Arrays.fill(widths, FIRST_PERIOD_COLUMN, widths.length, 11);
        SheetWriter sheet = new SheetWriter(workbook, text("sheet.trend"), styles, widths);

        sheet.header(headers(text("column.code"), text("column.indicator"), periods));
        for (Indicator indicator : ROWS) {
            RowWriter row = sheet.row().text(indicator.code()).text(indicator.label());
            periods.forEach(period -> row.figureForPeople(figures.total(indicator, period)));
        }
        sheet.freezeAbove(1);
        sheet.filter(0, FIRST_PERIOD_COLUMN + periods.size());

        sheet.skipRow();
        int chartHeader = sheet.nextRow();
        sheet.header(headers("", text("trend.chartData"), periods));
        List<Double[]> charted = new ArrayList<>();
        for (Indicator indicator : CHARTED) {
            Double[] values = chartValues(figures, indicator, periods);
            RowWriter row = sheet.row().text(indicator.code()).text(indicator.label());
            for (Double value : values) {
                if (value == null) {
                    row.empty();
                } else {
                    row.number(value, styles.forPeople(indicator, ""));
                }
            }
            charted.add(values);
        }
        sheet.skipRow();
        chart(workbook, sheet, periods, chartHeader, charted);
    }

    /**
     * The shares as the chart plots them: a suppressed share, or one without a value, is {@code null}, left empty
     * in its cell and shown as a gap. Excel would plot the marker text as 0.
     */
    private static Double[] chartValues(CouncilFigures figures, Indicator indicator, List<String> periods) {
        return periods.stream().map(period -> figures.total(indicator, period))
                .map(figure -> figure == null || figure.suppressed() || figure.value() == null ? null
                        : figure.value().doubleValue())
                .toArray(Double[]::new);
    }

    private static String[] headers(String first, String second, List<String> periods) {
        String[] headers = new String[FIRST_PERIOD_COLUMN + periods.size()];
        headers[0] = first;
        headers[1] = second;
        for (int i = 0; i < periods.size(); i++) {
            headers[FIRST_PERIOD_COLUMN + i] = periods.get(i);
        }
        return headers;
    }

    /**
     * SXSSF streams rows but not drawings, and its own drawing cannot make charts. The chart goes on the drawing of
     * the sheet's in-memory XSSF twin, which SXSSF writes as it is; the rows it refers to are streamed as usual.
     * The chart caches its values, so it shows before Excel reads the cells.
     */
    private static void chart(SXSSFWorkbook workbook, SheetWriter sheet, List<String> periods, int header,
            List<Double[]> charted) {
        int lastColumn = FIRST_PERIOD_COLUMN + periods.size() - 1;
        XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(sheet.name()).createDrawingPatriarch();
        int top = sheet.nextRow();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top,
                Math.max(lastColumn + 1, 8), top + CHART_HEIGHT_ROWS));
        chart.setTitleText(text("trend.chartTitle"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.displayBlanksAs(DisplayBlanks.GAP);

        XDDFCategoryAxis periodAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis shareAxis = chart.createValueAxis(AxisPosition.LEFT);
        shareAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        shareAxis.setMinimum(0);
        shareAxis.setMaximum(1);
        shareAxis.setNumberFormat("0%");

        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, periodAxis, shareAxis);
        lines.setVaryColors(false);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(periods.toArray(String[]::new),
                range(sheet, header, lastColumn));
        for (int i = 0; i < CHARTED.size(); i++) {
            int row = header + 1 + i;
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(categories,
                    XDDFDataSourcesFactory.fromArray(charted.get(i), range(sheet, row, lastColumn)));
            series.setTitle(CHARTED.get(i).label(), new CellReference(sheet.name(), row, 1, true, true));
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            series.setSmooth(false);
        }
        chart.plot(lines);
    }

    private static String range(SheetWriter sheet, int row, int lastColumn) {
        return new CellRangeAddress(row, row, FIRST_PERIOD_COLUMN, lastColumn).formatAsString(sheet.name(), true);
    }
}
