package nl.participatiemonitor.ingest;

/** The burgerservicenummer check (elfproef); BSNs of 8 digits are read with a leading zero. */
final class Bsn {

    private Bsn() {
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
