package nl.participatiemonitor.support;

/**
 * BSN-shaped numbers for tests, computed when the tests run, so that no number that could be a
 * person's burgerservicenummer is written in the repository.
 */
public final class TestBsns {

    private TestBsns() {
    }

    /** The n-th nine-digit number that passes the elfproef, counted from a fixed start. */
    public static String valid(int n) {
        int found = -1;
        for (long base = 90_000_000L; ; base++) {
            String first = String.valueOf(base);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first.charAt(i) - '0');
            }
            int check = sum % 11;
            if (check < 10 && ++found == n) {
                return first + check;
            }
        }
    }

    /** A nine-digit number that fails the elfproef: a valid one with its last digit changed. */
    public static String invalid(int n) {
        String valid = valid(n);
        char last = valid.charAt(8);
        return valid.substring(0, 8) + (last == '9' ? '0' : (char) (last + 1));
    }

    /** A valid BSN written with eight digits: one whose first digit is 0, without it. */
    public static String validWithEightDigits(int n) {
        int found = -1;
        for (long base = 1_000_000L; ; base++) {
            String first = String.format("%08d", base);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first.charAt(i) - '0');
            }
            int check = sum % 11;
            if (check < 10 && ++found == n) {
                return (first + check).substring(1);
            }
        }
    }
}
