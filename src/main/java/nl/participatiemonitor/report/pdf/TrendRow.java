package nl.participatiemonitor.report.pdf;

import java.util.Objects;

/**
 * One period of a trend with two figures: as the raad reads them ({@code 82%}, {@code <5}, {@code .}) and the
 * numbers a line chart draws, {@code null} where the figure is suppressed or has no value (no point is drawn).
 * Shares are plotted as percentages (82.0 for 82%).
 */
public record TrendRow(String period, String firstShown, Double firstPlotted, String secondShown,
        Double secondPlotted) {

    public TrendRow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(firstShown, "firstShown");
        Objects.requireNonNull(secondShown, "secondShown");
    }
}
