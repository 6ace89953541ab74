package nl.participatiemonitor.report.excel;

import static nl.participatiemonitor.metrics.Indicator.A0;
import static nl.participatiemonitor.metrics.Indicator.A2;
import static nl.participatiemonitor.metrics.Indicator.A3;
import static nl.participatiemonitor.metrics.Indicator.A9;
import static nl.participatiemonitor.metrics.Indicator.B1;
import static nl.participatiemonitor.metrics.Indicator.C1;
import static nl.participatiemonitor.metrics.Indicator.C2;
import static nl.participatiemonitor.metrics.Indicator.C5;
import static nl.participatiemonitor.metrics.Indicator.K1;
import static nl.participatiemonitor.metrics.Indicator.K2;
import static nl.participatiemonitor.metrics.Indicator.K3;
import static nl.participatiemonitor.metrics.Indicator.K7;
import static nl.participatiemonitor.metrics.Indicator.K8;
import static nl.participatiemonitor.report.excel.CouncilWorkbookTexts.text;

import java.util.List;
import nl.participatiemonitor.metrics.Indicator;
import nl.participatiemonitor.metrics.Signal;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code Samenvatting}: who, which period, status and revision, the date of the data; then the key figures beside
 * the previous period and the median of comparable municipalities, and the signals with their norm and its source.
 */
final class SummarySheet {

    private static final List<Indicator> KEY_FIGURES = List.of(B1, K1, K2, K3, K7, K8, A0, A2, A3, A9, C1, C2, C5);
    private static final int COLUMNS = 5;

    private SummarySheet() {
    }

    static void write(SXSSFWorkbook workbook, WorkbookStyles styles, CouncilFigures figures) {
        SheetWriter sheet = new SheetWriter(workbook, text("sheet.summary"), styles, 26, 60, 14, 18, 18);
        sheet.row().text(text("summary.municipality"), styles.header()).text(figures.municipalityName())
                .text(figures.municipality());
        sheet.row().text(text("summary.period"), styles.header()).text(figures.period().label())
                .date(figures.period().start()).date(figures.period().end());
        sheet.row().text(text("summary.status"), styles.header()).text(figures.status());
        sheet.row().text(text("summary.revision"), styles.header()).number(figures.revision(), styles.integer());
        sheet.row().text(text("summary.dataDate"), styles.header()).date(figures.dataDate());
        sheet.skipRow();
        keyFigures(sheet, styles, figures);
        sheet.skipRow();
        signals(sheet, styles, figures.signals());
    }

    private static void keyFigures(SheetWriter sheet, WorkbookStyles styles, CouncilFigures figures) {
        String current = figures.period().label();
        String previous = figures.period().previous().label();
        int header = sheet.nextRow();
        sheet.header(text("column.code"), text("column.indicator"), current, previous, text("summary.groupMedian"));
        for (Indicator indicator : KEY_FIGURES) {
            RowWriter row = sheet.row().text(indicator.code()).text(indicator.label(), styles.wrapped())
                    .figureForPeople(figures.total(indicator, current))
                    .figureForPeople(figures.total(indicator, previous));
            figures.groupMedian(indicator).ifPresentOrElse(
                    median -> row.number(median, styles.forMedian(indicator, median)), row::noValue);
        }
        sheet.freezeAbove(header + 1);
        sheet.filter(header, COLUMNS);
    }

    private static void signals(SheetWriter sheet, WorkbookStyles styles, List<Signal> signals) {
        sheet.row().text(text("summary.signals"), styles.header());
        if (signals.isEmpty()) {
            sheet.row().text(text("summary.noSignals"));
            return;
        }
        sheet.header(text("column.signal"), text("column.text"), text("column.norm"), text("column.normSource"));
        for (Signal signal : signals) {
            sheet.row().text(signal.code()).text(signal.text(), styles.wrapped()).text(signal.norm(), styles.wrapped())
                    .text(signal.normSource(), styles.wrapped());
        }
    }
}
