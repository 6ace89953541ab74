package nl.participatiemonitor.system;

import java.util.regex.Pattern;

/**
 * Neutralises text that a spreadsheet could take for a formula (formula or "CSV" injection): a leading
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a typographic apostrophe (U+2019) in
 * front. Every CSV the application writes passes its fields through {@link #csv(Object...)}, as every XLSX
 * cell of input text passes through {@code SafeText}; a number such as {@code -3} or {@code -0.25} is left
 * as it is, since a spreadsheet reads it as the number it is.
 */
public final class FormulaGuard {

    private static final char PREFIX = '\u2019';
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private FormulaGuard() {
    }

    /** The text as it may be shown in a cell; the marker {@code -} (no value) stays as it is. */
    public static String text(String text) {
        if (text == null || text.isEmpty() || text.equals("-") || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return PREFIX + text;
    }

    /** The fields of one CSV record, each guarded; numbers and number-shaped text are kept. */
    public static Object[] csv(Object... fields) {
        Object[] guarded = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Object field = fields[i];
            guarded[i] = field instanceof CharSequence text && !NUMBER.matcher(text).matches() ? text(text.toString())
                    : field;
        }
        return guarded;
    }
}
