package nl.participatiemonitor.report.excel;

import nl.participatiemonitor.metrics.ShownFigure;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code Indicatoren}: the long format of METRICS.md ("Machine-readable form"), one row per figure of every
 * period, suppressed for the raad. Values stay raw: fractions between 0 and 1, not percentages.
 */
final class IndicatorsSheet {

    private static final String NAME = "Indicatoren";
    /** The column names of METRICS.md: a fixed interface, not translated. */
    private static final String[] HEADER = {"gemeente_code", "periode", "indicator", "dimensie", "waarde", "teller",
            "noemer", "onderdrukt"};

    private IndicatorsSheet() {
    }

    static void write(SXSSFWorkbook workbook, WorkbookStyles styles, CouncilFigures figures) {
        SheetWriter sheet = new SheetWriter(workbook, NAME, styles, 15, 10, 11, 34, 12, 10, 10, 12);
        sheet.header(HEADER);
        for (ShownFigure figure : figures.figures()) {
            sheet.row().text(figure.municipality())
                    .text(figure.period())
                    .text(figure.indicator().code())
                    .text(figure.dimension())
                    .figureForData(figure)
                    .ratioPart(figure, figure.teller())
                    .ratioPart(figure, figure.noemer())
                    .text(figure.suppressed() ? "J" : "N");
        }
        sheet.freezeAbove(1);
        sheet.filter(0, HEADER.length);
    }
}
