package nl.participatiemonitor.report;

import java.util.List;
import nl.participatiemonitor.metrics.Period;

/**
 * Published (as a Spring application event) when {@link ReportPublisher} has archived the reports of a run: every
 * publication of the call, the new revisions and those found unchanged, so a listener can tell readers what is new.
 */
public record ReportsPublished(long runId, Period period, String scopeLabel, List<ReportPublisher.Published> published) {

    public ReportsPublished {
        published = List.copyOf(published);
    }
}
