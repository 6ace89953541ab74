package nl.participatiemonitor.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.participatiemonitor.metrics.ShownFigure;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes the cells of one row from left to right. Every text goes through {@link SafeText}; numbers are numeric
 * cells with a number format; a figure the raad may not see is its marker as text.
 */
final class RowWriter {

    private static final String NO_VALUE = "-";

    private final Row row;
    private final WorkbookStyles styles;
    private int column;

    RowWriter(Row row, WorkbookStyles styles) {
        this.row = row;
        this.styles = styles;
    }

    /** A text cell; {@code null} or an empty text leaves the cell empty. */
    RowWriter text(String value) {
        return text(value, null);
    }

    RowWriter text(String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return empty();
        }
        Cell cell = row.createCell(column++);
        cell.setCellValue(SafeText.of(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
        return this;
    }

    /** The marker for a figure that does not exist or has no value. */
    RowWriter noValue() {
        return text(NO_VALUE, styles.marker());
    }

    RowWriter empty() {
        column++;
        return this;
    }

    RowWriter number(BigDecimal value, CellStyle style) {
        return number(value.doubleValue(), style);
    }

    RowWriter number(double value, CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return this;
    }

    RowWriter date(LocalDate value) {
        Cell cell = row.createCell(column++);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date());
        return this;
    }

    /** A figure's value for people: a number in its scale's format, or {@code <5}, {@code .} or {@code -}. */
    RowWriter figureForPeople(ShownFigure figure) {
        return figure == null ? noValue()
                : figure(figure, styles.forPeople(figure.indicator(), figure.dimension()));
    }

    /** A figure's value as the machine-readable sheet keeps it: the raw number, or its marker. */
    RowWriter figureForData(ShownFigure figure) {
        return figure(figure, styles.forData(figure.indicator(), figure.dimension()));
    }

    private RowWriter figure(ShownFigure figure, CellStyle style) {
        return figure.suppressed() || figure.value() == null ? text(figure.shown(), styles.marker())
                : number(figure.value(), style);
    }

    /** Teller or noemer: a number for a ratio, its marker when the ratio is suppressed, empty for a count. */
    RowWriter ratioPart(ShownFigure figure, Long number) {
        if (!figure.isRatio()) {
            return empty();
        }
        if (figure.suppressed()) {
            return text(figure.shown(), styles.marker());
        }
        return number == null ? empty() : number(number, styles.integer());
    }
}
