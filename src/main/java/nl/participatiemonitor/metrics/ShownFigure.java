package nl.participatiemonitor.metrics;

import java.math.BigDecimal;

/**
 * A figure of a finished run as a publication for the raad or the public shows it: the exact stored
 * value, and the text that may be seen ({@code <5}, {@code .}, {@code -} or the number as text).
 */
public record ShownFigure(String municipality, String period, Indicator indicator, String dimension, Long teller,
        Long noemer, BigDecimal value, String shown, boolean suppressed) {

    /** Whether the figure is a ratio with a teller and noemer (not a count, not a cell of a breakdown). */
    public boolean isRatio() {
        return IndicatorFiles.isRatio(indicator, dimension);
    }

    /** The teller as shown: the suppression marker when the figure is suppressed, empty for counts. */
    public String shownTeller() {
        return shownPart(teller);
    }

    public String shownNoemer() {
        return shownPart(noemer);
    }

    private String shownPart(Long number) {
        if (!isRatio()) {
            return "";
        }
        return suppressed ? shown : number == null ? "" : number.toString();
    }
}
