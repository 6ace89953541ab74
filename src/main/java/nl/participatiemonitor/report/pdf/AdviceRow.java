package nl.participatiemonitor.report.pdf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One advice in the table of section 4: issued in the period, due in it, answered in it, or still waiting for an
 * answer past its due date at the peildatum. Advice is about policy, not about people, and is shown in full.
 *
 * @param title     the advice's title, or its id when it has none
 * @param requested whether the college asked for it (gevraagd)
 * @param answered  the day this municipality's college answered, on or before the peildatum; null when not (yet)
 * @param outcome   the answer's uitkomst code ({@code OVERGENOMEN}, ...), or null
 * @param reasoned  whether the answer explained what was done with the advice, or null when unknown or unanswered
 */
public record AdviceRow(String title, boolean requested, LocalDate issued, LocalDate due, LocalDate answered,
        String outcome, Boolean reasoned) {

    public AdviceRow {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(due, "due");
    }
}
