package nl.participatiemonitor.report.pdf;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;

/**
 * What the report font can print: its encoding (fonts/pm-sans.xml, Cp1252) covers Dutch, not every script. A
 * character outside it would silently not print, so report texts are checked ({@link #unprintable}) and names
 * that come from the data are folded to printable letters first ({@link #fold}).
 */
public final class PrintableText {

    private static final Charset FONT_ENCODING = Charset.forName("windows-1252");

    private PrintableText() {
    }

    /**
     * A name from the data as the report can print it: a letter outside the font's encoding loses its accent
     * ({@code ğ} becomes {@code g}); what still cannot be printed becomes {@code ?}.
     */
    public static String fold(String text) {
        CharsetEncoder encoder = FONT_ENCODING.newEncoder();
        if (encoder.canEncode(text)) {
            return text;
        }
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            if (encoder.canEncode(character)) {
                folded.append(character);
                return;
            }
            String base = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            folded.append(!base.isEmpty() && encoder.canEncode(base) ? base : "?");
        });
        return folded.toString();
    }

    /**
     * Refuses a report text the font cannot print, naming the character and where it is ({@code what}).
     *
     * @throws IllegalArgumentException when some character of {@code text} is outside the font's encoding
     */
    static void require(String what, String text) {
        int index = unprintable(text);
        if (index >= 0) {
            int codePoint = text.codePointAt(index);
            throw new IllegalArgumentException("The PDF font cannot print '" + new String(Character.toChars(codePoint))
                    + "' (U+" + String.format("%04X", codePoint) + ") in " + what + ": \"" + text
                    + "\"; write it with other characters");
        }
    }

    /** The index of the first character the font cannot print, or -1. */
    static int unprintable(String text) {
        CharsetEncoder encoder = FONT_ENCODING.newEncoder();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            if (!encoder.canEncode(new String(Character.toChars(text.codePointAt(i))))) {
                return i;
            }
        }
        return -1;
    }
}
