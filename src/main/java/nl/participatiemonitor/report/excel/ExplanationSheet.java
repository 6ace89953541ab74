package nl.participatiemonitor.report.excel;

import static nl.participatiemonitor.report.excel.CouncilWorkbookTexts.text;

import nl.participatiemonitor.metrics.Indicator;
import nl.participatiemonitor.metrics.Norms;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code Toelichting}: every indicator of the catalogue with its definition, then the markers of suppressed
 * figures, the status and the comparison, in plain Dutch (B1). The thresholds are the municipality's own norms.
 */
final class ExplanationSheet {

    private static final int COLUMNS = 3;

    private ExplanationSheet() {
    }

    static void write(SXSSFWorkbook workbook, WorkbookStyles styles, Norms norms) {
        SheetWriter sheet = new SheetWriter(workbook, text("sheet.explanation"), styles, 12, 50, 90);
        sheet.header(text("column.code"), text("column.indicator"), text("column.definition"));
        for (Indicator indicator : Indicator.values()) {
            sheet.row().text(indicator.code()).text(indicator.label(), styles.wrapped())
                    .text(indicator.definition(), styles.wrapped());
        }
        sheet.freezeAbove(1);
        sheet.filter(0, COLUMNS);

        sheet.skipRow();
        sheet.row().text(text("explanation.terms"), styles.header());
        term(sheet, styles, "<5", text("explanation.small"), text("explanation.small.text", norms.k() - 1));
        term(sheet, styles, ".", text("explanation.unreliable"),
                text("explanation.unreliable.text", norms.minNoemer()));
        term(sheet, styles, "-", text("explanation.none"), text("explanation.none.text"));
        term(sheet, styles, "", text("explanation.secondary"), text("explanation.secondary.text"));
        term(sheet, styles, text("summary.status"), "VOORLOPIG",
                text("explanation.provisional", norms.definitiefNaDagen()));
        term(sheet, styles, text("summary.status"), "DEFINITIEF",
                text("explanation.definitive", norms.definitiefNaDagen()));
        term(sheet, styles, text("explanation.median"), text("summary.groupMedian"), text("explanation.median.text"));
    }

    private static void term(SheetWriter sheet, WorkbookStyles styles, String marker, String name, String meaning) {
        sheet.row().text(marker, styles.header()).text(name).text(meaning, styles.wrapped());
    }
}
