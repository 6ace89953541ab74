package nl.participatiemonitor.ingest;

/** The burgerservicenummer check (elfproef); BSNs of 8 digits are read with a leading zero. */
final class Bsn {

    private Bsn() {
    }

    private static final java.util.regex.Pattern LOOKALIKE = java.util.regex.Pattern.compile("(?<!\\d)\\d{8,9}(?!\\d)");

    /**
     * The text with every run of exactly 8 digits, and of 9 digits passing the elfproef, replaced by
     * {@code hidden}: such a value may be a BSN, whatever column it was delivered in (a short row shifts
     * values into other columns), so it is never echoed in a reject reason.
     */
    static String hideLookalikes(String text, String hidden) {
        if (text == null || text.length() < 8) {
            return text;
        }
        return LOOKALIKE.matcher(text).replaceAll(match -> normalise(match.group()) != null
                || match.group().length() == 8 ? java.util.regex.Matcher.quoteReplacement(hidden) : match.group());
    }

    /** The nine-digit form of a valid BSN, or null when the text is not one. */
    static String normalise(String text) {
        if (!text.matches("\\d{8,9}")) {
            return null;
        }
        String bsn = text.length() == 8 ? "0" + text : text;
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(8) - '0';
        return sum % 11 == 0 && !bsn.equals("000000000") ? bsn : null;
    }
}
