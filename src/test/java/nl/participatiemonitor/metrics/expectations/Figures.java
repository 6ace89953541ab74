package nl.participatiemonitor.metrics.expectations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;

/**
 * Soft assertions on the figures of one period in an {@link IndicatorCsv}, in the forms METRICS.md
 * "Machine-readable form" gives them: counts as integers without teller and noemer; ratios with integer
 * teller and noemer and a fraction with at least 4 decimals, empty when the noemer is 0; medians and
 * other values as decimals with a dot. Also the suppressed forms of open-data.csv ("Small numbers").
 */
final class Figures {

    /** Ratios are compared with the exact rational teller/noemer within this margin. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.00005");

    private static final Set<String> SUPPRESSION_MARKERS = Set.of("<5", ".");

    private final IndicatorCsv csv;
    private final String period;
    private final SoftAssertions softly;

    Figures(IndicatorCsv csv, String period, SoftAssertions softly) {
        this.csv = csv;
        this.period = period;
        this.softly = softly;
    }

    /** A count (B1, K1, A9, a C7 cell, ...): waarde is the integer, teller and noemer are empty. */
    void count(String gemeente, String indicator, String dimensie, long expected) {
        row(gemeente, indicator, dimensie).ifPresent(row -> {
            softly.assertThat(row.waarde()).as("waarde of %s", row.label()).isEqualTo(Long.toString(expected));
            softly.assertThat(row.teller()).as("teller of count %s", row.label()).isEmpty();
            softly.assertThat(row.noemer()).as("noemer of count %s", row.label()).isEmpty();
            softly.assertThat(row.onderdrukt()).as("onderdrukt of %s", row.label()).isEqualTo("N");
        });
    }

    /**
     * A ratio teller / noemer: both integers as given; waarde a fraction with a dot and at least 4
     * decimals equal to teller/noemer within {@link #TOLERANCE}; waarde empty when noemer is 0.
     */
    void ratio(String gemeente, String indicator, String dimensie, long teller, long noemer) {
        row(gemeente, indicator, dimensie).ifPresent(row -> {
            softly.assertThat(row.teller()).as("teller of %s", row.label()).isEqualTo(Long.toString(teller));
            softly.assertThat(row.noemer()).as("noemer of %s", row.label()).isEqualTo(Long.toString(noemer));
            softly.assertThat(row.onderdrukt()).as("onderdrukt of %s", row.label()).isEqualTo("N");
            if (noemer == 0) {
                softly.assertThat(row.waarde()).as("waarde of %s (noemer 0: no value)", row.label()).isEmpty();
                return;
            }
            softly.assertThat(row.waarde()).as("waarde of %s: a fraction with a dot and at least 4 decimals",
                    row.label()).matches("\\d+\\.\\d{4,}");
            BigDecimal exact = BigDecimal.valueOf(teller).divide(BigDecimal.valueOf(noemer), 12, RoundingMode.HALF_UP);
            closeTo(row, exact);
        });
    }

    /** A value that is neither a count nor a ratio (C3 median, K2 per 1,000): a decimal with a dot. */
    void decimal(String gemeente, String indicator, String dimensie, String expected) {
        row(gemeente, indicator, dimensie).ifPresent(row -> {
            softly.assertThat(row.onderdrukt()).as("onderdrukt of %s", row.label()).isEqualTo("N");
            closeTo(row, new BigDecimal(expected));
        });
    }

    /** A figure that exists for the municipality but has no value (noemer 0, a median of nobody). */
    void noValue(String gemeente, String indicator, String dimensie) {
        row(gemeente, indicator, dimensie).ifPresent(row ->
                softly.assertThat(row.waarde()).as("waarde of %s (no value)", row.label()).isEmpty());
    }

    /** A count breakdown cell with nothing in it: either not written or written as the count 0. */
    void zeroOrAbsent(String gemeente, String indicator, String dimensie) {
        csv.find(gemeente, period, indicator, dimensie).ifPresent(row -> softly.assertThat(row.waarde())
                .as("waarde of %s (an empty cell: absent or the integer 0)", row.label()).isEqualTo("0"));
    }

    /** A row that must not be there at all (a body that does not cover the municipality at R). */
    void absent(String gemeente, String indicator, String dimensie) {
        softly.assertThat(csv.find(gemeente, period, indicator, dimensie))
                .as("%s %s %s [%s] must not be written", gemeente, period, indicator, dimensie).isEmpty();
    }

    /**
     * A breakdown cell of a ratio indicator (A4 per uitkomst). METRICS.md does not say whether such a
     * cell is the count of its category or its share of the indicator's noemer; both forms are accepted,
     * but the count must be right in either.
     */
    void countOrShare(String gemeente, String indicator, String dimensie, long count, long total) {
        row(gemeente, indicator, dimensie).ifPresent(row -> {
            if (row.teller().isEmpty()) {
                softly.assertThat(row.waarde()).as("waarde of %s (a count)", row.label())
                        .isEqualTo(Long.toString(count));
            } else {
                ratio(gemeente, indicator, dimensie, count, total);
            }
        });
    }

    // ---- open-data.csv (METRICS.md "Small numbers", defaults k = 5, min_noemer = 10)

    /** A count from 1 to k-1 is shown as {@code <5}, marked J. */
    void shownAsLessThanFive(String gemeente, String indicator, String dimensie) {
        row(gemeente, indicator, dimensie).ifPresent(row -> {
            softly.assertThat(row.waarde()).as("waarde of %s (a count of 1..4)", row.label()).isEqualTo("<5");
            softly.assertThat(row.onderdrukt()).as("onderdrukt of %s", row.label()).isEqualTo("J");
        });
    }

    /** A count shown as it is (0, or k and more), marked N. */
    void shownAsCount(String gemeente, String indicator, String dimensie, long expected) {
        row(gemeente, indicator, dimensie).ifPresent(row -> {
            softly.assertThat(row.waarde()).as("waarde of %s", row.label()).isEqualTo(Long.toString(expected));
            softly.assertThat(row.onderdrukt()).as("onderdrukt of %s", row.label()).isEqualTo("N");
        });
    }

    /** A ratio or median over fewer than min_noemer: waarde {@code .}, J, and teller/noemer do not give it away. */
    void suppressedRatio(String gemeente, String indicator, String dimensie) {
        row(gemeente, indicator, dimensie).ifPresent(row -> {
            softly.assertThat(row.waarde()).as("waarde of %s (noemer below 10)", row.label()).isEqualTo(".");
            softly.assertThat(row.onderdrukt()).as("onderdrukt of %s", row.label()).isEqualTo("J");
            softly.assertThat(row.teller()).as("teller of suppressed %s", row.label()).isIn(SUPPRESSION_MARKERS);
            softly.assertThat(row.noemer()).as("noemer of suppressed %s", row.label()).isIn(SUPPRESSION_MARKERS);
        });
    }

    /**
     * A median or rate (C3, K2) over fewer than min_noemer: waarde {@code .}, marked J; never {@code <5},
     * which marks a small count.
     */
    void suppressedValue(String gemeente, String indicator, String dimensie) {
        row(gemeente, indicator, dimensie).ifPresent(row -> {
            softly.assertThat(row.waarde()).as("waarde of %s (a value over fewer than 10)", row.label())
                    .isEqualTo(".");
            softly.assertThat(row.onderdrukt()).as("onderdrukt of %s", row.label()).isEqualTo("J");
        });
    }

    /** A figure without a value (noemer 0): empty or the CBS marker {@code -}, not a suppression marker. */
    void noValueShown(String gemeente, String indicator, String dimensie) {
        row(gemeente, indicator, dimensie).ifPresent(row -> softly.assertThat(row.waarde())
                .as("waarde of %s (no value: empty or '-')", row.label()).isIn("", "-"));
    }

    /** A breakdown cell suppressed as the second cell, so the first cannot be derived by subtraction. */
    void suppressedCell(String gemeente, String indicator, String dimensie) {
        row(gemeente, indicator, dimensie).ifPresent(row -> {
            softly.assertThat(row.waarde()).as("waarde of %s (secondary suppression)", row.label())
                    .isIn(SUPPRESSION_MARKERS);
            softly.assertThat(row.onderdrukt()).as("onderdrukt of %s", row.label()).isEqualTo("J");
        });
    }

    private void closeTo(IndicatorCsv.Row row, BigDecimal expected) {
        BigDecimal actual;
        try {
            actual = new BigDecimal(row.waarde());
        } catch (NumberFormatException e) {
            softly.fail("waarde of %s is '%s', not a number with a dot as decimal separator; expected %s",
                    row.label(), row.waarde(), expected);
            return;
        }
        softly.assertThat(actual.subtract(expected).abs())
                .as("waarde of %s is %s; expected %s (within %s)", row.label(), row.waarde(), expected, TOLERANCE)
                .isLessThanOrEqualTo(TOLERANCE);
    }

    private Optional<IndicatorCsv.Row> row(String gemeente, String indicator, String dimensie) {
        Optional<IndicatorCsv.Row> row = csv.find(gemeente, period, indicator, dimensie);
        if (row.isEmpty()) {
            softly.fail("no row %s %s %s [%s]", gemeente, period, indicator, dimensie);
        }
        return row;
    }
}
