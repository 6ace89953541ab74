package nl.participatiemonitor.report.pdf;

import java.util.List;

/**
 * Section 4 of the raadsrapportage, Cliëntenraad en adviezen (METRICS.md A0..A9): the bodies covering the
 * municipality, and the figures about advice with the previous period (the group median is printed in the samenvatting
 * only), and a table of the advice of the period.
 */
public record AdviceSection(List<BodyRow> bodies, List<KeyFigure> figures, List<AdviceRow> advice) {

    public AdviceSection {
        bodies = List.copyOf(bodies);
        figures = List.copyOf(figures);
        advice = List.copyOf(advice);
    }

    /** A section without a table of advice. */
    public AdviceSection(List<BodyRow> bodies, List<KeyFigure> figures) {
        this(bodies, figures, List.of());
    }
}
