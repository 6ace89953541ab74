package nl.participatiemonitor.report.excel;

import static nl.participatiemonitor.report.excel.CouncilWorkbookTexts.text;

import java.util.Set;
import nl.participatiemonitor.metrics.ShownFigure;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code Klachten}, {@code Adviezen} and {@code Contact}: every figure of the theme for the run's period, one row
 * per indicator and breakdown cell, as the raad may see it.
 */
enum ThemeSheet {

    COMPLAINTS("sheet.complaints", Set.of('K')),
    ADVICE("sheet.advice", Set.of('A')),
    /** Contact with clients, with the caseload (B) it is measured against. */
    CONTACT("sheet.contact", Set.of('B', 'C'));

    private static final int COLUMNS = 6;

    private final String name;
    private final Set<Character> codeLetters;

    ThemeSheet(String name, Set<Character> codeLetters) {
        this.name = name;
        this.codeLetters = codeLetters;
    }

    void write(SXSSFWorkbook workbook, WorkbookStyles styles, CouncilFigures figures) {
        SheetWriter sheet = new SheetWriter(workbook, text(name), styles, 8, 56, 34, 16, 10, 10);
        String period = figures.period().label();
        sheet.header(text("column.code"), text("column.indicator"), text("column.breakdown"),
                text("column.value", period), text("column.teller"), text("column.noemer"));
        figures.ofPeriod(period).filter(this::covers).forEach(figure -> sheet.row()
                .text(figure.indicator().code())
                .text(figure.indicator().label())
                .text(figure.dimension().isEmpty() ? text("breakdown.total") : figure.dimension())
                .figureForPeople(figure)
                .ratioPart(figure, figure.teller())
                .ratioPart(figure, figure.noemer()));
        sheet.freezeAbove(1);
        sheet.filter(0, COLUMNS);
    }

    private boolean covers(ShownFigure figure) {
        return codeLetters.contains(figure.indicator().code().charAt(0));
    }
}
