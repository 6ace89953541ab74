package nl.participatiemonitor.report.pdf;

import java.util.List;
import java.util.Objects;

/**
 * Section 3 of the raadsrapportage, Klachten (METRICS.md K1..K10).
 *
 * @param figures       K1..K9 with the previous period, formatted and suppressed (the group median is printed in
 *                      the samenvatting only)
 * @param handled       K10: complaints handled in the period, as shown
 * @param outcomes      K10 per uitkomst
 * @param topics        K1 per onderwerp (a bar chart and a table)
 * @param organisations K1 per organisation whose conduct the complaint was about (a table)
 * @param trend         K1 and K3 over the periods
 */
public record ComplaintSection(List<KeyFigure> figures, String handled, List<ChartPoint> outcomes,
        List<ChartPoint> topics, List<ChartPoint> organisations, Trend trend) {

    public ComplaintSection {
        figures = List.copyOf(figures);
        Objects.requireNonNull(handled, "handled");
        outcomes = List.copyOf(outcomes);
        topics = List.copyOf(topics);
        organisations = List.copyOf(organisations);
        Objects.requireNonNull(trend, "trend");
    }
}
