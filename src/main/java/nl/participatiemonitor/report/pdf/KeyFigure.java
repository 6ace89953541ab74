package nl.participatiemonitor.report.pdf;

import java.util.Objects;

/**
 * One row of the summary table: a key figure as the raad reads it. Values are already formatted and suppressed
 * (for example {@code 82%}, {@code <5}, {@code .}); use {@code -} where a figure does not apply.
 */
public record KeyFigure(String code, String label, String value, String previous, String groupMedian, String meaning) {

    public KeyFigure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(groupMedian, "groupMedian");
        Objects.requireNonNull(meaning, "meaning");
    }
}
