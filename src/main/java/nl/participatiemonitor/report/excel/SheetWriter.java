package nl.participatiemonitor.report.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one streamed sheet top to bottom. Column widths are set by hand: autosizing a streamed sheet would
 * need every row kept for tracking.
 */
final class SheetWriter {

    private final SXSSFSheet sheet;
    private final WorkbookStyles styles;
    private int next;

    /** A new sheet with the given column widths, in characters. */
    SheetWriter(SXSSFWorkbook workbook, String name, WorkbookStyles styles, int... widths) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
    }

    RowWriter row() {
        return new RowWriter(sheet.createRow(next++), styles);
    }

    /** A row of bold headers. */
    void header(String... titles) {
        RowWriter row = row();
        for (String title : titles) {
            row.text(title, styles.header());
        }
    }

    void skipRow() {
        next++;
    }

    /** The index of the row {@link #row()} writes next. */
    int nextRow() {
        return next;
    }

    /** Keeps the rows above {@code row} in view while scrolling. */
    void freezeAbove(int row) {
        sheet.createFreezePane(0, row);
    }

    /** An autofilter from the header row down to the last row written, over {@code columns} columns. */
    void filter(int headerRow, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, columns - 1));
    }

    String name() {
        return sheet.getSheetName();
    }
}
