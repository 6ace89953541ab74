package nl.participatiemonitor.report.pdf;

import java.util.List;

/**
 * Section 4 of the raadsrapportage, Cliëntenraad en adviezen (METRICS.md A0..A9): the bodies covering the
 * municipality, and the figures about advice with the previous period (the group median is printed in the samenvatting
 * only). A table of the advice of the period (title, due, answered, outcome)
 * is not part of it yet.
 */
public record AdviceSection(List<BodyRow> bodies, List<KeyFigure> figures) {

    public AdviceSection {
        bodies = List.copyOf(bodies);
        figures = List.copyOf(figures);
    }
}
