package nl.participatiemonitor.report.excel;

import nl.participatiemonitor.system.FormulaGuard;

/**
 * Neutralises text from input data that a spreadsheet could take for a formula (formula or "CSV" injection):
 * a leading {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a typographic apostrophe
 * (U+2019) in front. POI writes strings as string cells, which Excel never evaluates; the prefix is for the
 * moment a user edits the cell or copies the text elsewhere. Unlike a space it survives trimming, and it shows
 * the reader that the text was changed.
 */
public final class SafeText {

    private SafeText() {
    }

    /** The text as it may go into a cell; the marker {@code -} (no value) stays as it is. */
    public static String of(String text) {
        return FormulaGuard.text(text);
    }
}
