package nl.participatiemonitor.source;

/**
 * Where the records of a workbook are: the sheet (its name, or its 1-based number) and the 1-based row
 * that holds the column names; rows above it (a title, a date of export) are skipped. A CSV file always
 * has its header on line 1.
 *
 * @param sheet the sheet's name or number; null for the first sheet
 * @param headerRow the 1-based row with the column names
 */
public record FileLayout(String sheet, int headerRow) {

    /** The canonical layout: the first sheet, its first row the header. */
    public static final FileLayout FIRST_SHEET = new FileLayout(null, 1);

    public FileLayout {
        if (headerRow < 1) {
            throw new IllegalArgumentException("headerRow counts from 1: " + headerRow);
        }
    }

    /** The 0-based sheet number when the sheet is given as a number, else -1. */
    int sheetIndex() {
        return sheet != null && sheet.matches("\\d{1,3}") ? Integer.parseInt(sheet) - 1 : -1;
    }
}
