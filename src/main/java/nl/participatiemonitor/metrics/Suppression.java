package nl.participatiemonitor.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides what a raad, public or cliëntenraad output shows of a figure, so that small numbers cannot point to
 * persons (METRICS.md "Small numbers"). Reviewer outputs are not suppressed and do not use this class. Immutable.
 */
public final class Suppression {

    private static final Shown NO_VALUE = new Shown("-", false);
    private static final Shown HIDDEN = new Shown(".", true);

    private final int k;
    private final int minNoemer;

    public Suppression(int k, int minNoemer) {
        if (k < 1 || minNoemer < 1) {
            throw new IllegalArgumentException("k and minNoemer must be at least 1, not " + k + " and " + minNoemer);
        }
        this.k = k;
        this.minNoemer = minNoemer;
    }

    /** A count: 0 is shown as 0, 1 to k - 1 as {@code <k} (for example {@code <5}), anything larger as itself. */
    public Shown show(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        return count >= 1 && count < k ? new Shown("<" + k, true) : new Shown(Long.toString(count), false);
    }

    /**
     * A ratio with its noemer, or a median with its number of observations: {@code -} when there is nothing to
     * divide by (no value, not suppressed), {@code .} when the noemer is below min_noemer, else the value.
     */
    public Shown showRatio(long noemer, BigDecimal value) {
        if (noemer < 0) {
            throw new IllegalArgumentException("a noemer cannot be negative: " + noemer);
        }
        if (noemer == 0) {
            return NO_VALUE;
        }
        if (noemer < minNoemer) {
            return HIDDEN;
        }
        return new Shown(Objects.requireNonNull(value, "value").toPlainString(), false);
    }

    /**
     * The cells of a breakdown, in the same order. When the total is shown and exactly one cell is suppressed,
     * that cell would follow by subtraction; then the smallest other non-zero cell (the first of equals) is
     * shown as {@code .} too. A zero cell is never that complement: it is known to be empty either way. A shown
     * total is at least k, so when the cells add up to it such a cell exists.
     */
    public List<Shown> showBreakdown(List<Long> cells, boolean totalShown) {
        List<Shown> shown = new ArrayList<>(cells.stream().map(this::show).toList());
        if (totalShown && shown.stream().filter(Shown::suppressed).count() == 1) {
            int complement = -1;
            for (int i = 0; i < cells.size(); i++) {
                boolean candidate = !shown.get(i).suppressed() && cells.get(i) > 0;
                if (candidate && (complement < 0 || cells.get(i) < cells.get(complement))) {
                    complement = i;
                }
            }
            if (complement >= 0) {
                shown.set(complement, HIDDEN);
            }
        }
        return List.copyOf(shown);
    }

    /** What an output prints for one figure, and whether that is a suppression marker ({@code <5} or {@code .}). */
    public record Shown(String text, boolean suppressed) {
    }
}
