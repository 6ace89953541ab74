package nl.participatiemonitor.report.pdf;

import java.util.List;
import java.util.Objects;

/**
 * Section 5 of the raadsrapportage, Contact met inwoners in de bijstand (METRICS.md C1..C7, with B1 and B2 for
 * scale).
 *
 * @param figures  the figures with the previous period, formatted and suppressed (the group median is printed in
 *                 the samenvatting only)
 * @param channels C7: contacts per kanaal (a bar chart and a table)
 * @param trend    C1 and C2 over the periods
 */
public record ContactSection(List<KeyFigure> figures, List<ChartPoint> channels, Trend trend) {

    public ContactSection {
        figures = List.copyOf(figures);
        channels = List.copyOf(channels);
        Objects.requireNonNull(trend, "trend");
    }
}
