package nl.participatiemonitor.report.pdf;

import java.util.List;
import java.util.Objects;

/**
 * Two figures over the report's period and the periods before it (at most 9), oldest first: drawn as line charts
 * and printed as a table with the same values beside them.
 */
public record Trend(String firstLabel, String secondLabel, List<TrendRow> rows) {

    public Trend {
        Objects.requireNonNull(firstLabel, "firstLabel");
        Objects.requireNonNull(secondLabel, "secondLabel");
        rows = List.copyOf(rows);
    }

    /** A line needs two points: with fewer periods that have a number to draw, the report says so instead. */
    public static final int MIN_POINTS = 2;

    /** Whether the first figure is drawn: it has a number in at least {@link #MIN_POINTS} periods. */
    public boolean firstCharted() {
        return rows.stream().filter(r -> r.firstPlotted() != null).count() >= MIN_POINTS;
    }

    /** Whether the second figure is drawn: it has a number in at least {@link #MIN_POINTS} periods. */
    public boolean secondCharted() {
        return rows.stream().filter(r -> r.secondPlotted() != null).count() >= MIN_POINTS;
    }
}
