package nl.participatiemonitor.schedule;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.participatiemonitor.audit.AuditTrail;
import nl.participatiemonitor.report.Audience;
import nl.participatiemonitor.report.ReportPublisher;
import org.springframework.stereotype.Service;

/**
 * What a scheduled publication does once its indicators are computed: publishes the run into the
 * archive for the job's audiences and leaves the publication in the audit trail.
 */
@Service
public class PeriodPublication {

    private final ReportPublisher publisher;
    private final AuditTrail audit;

    PeriodPublication(ReportPublisher publisher, AuditTrail audit) {
        this.publisher = publisher;
        this.audit = audit;
    }

    /** Publishes run {@code runId} and records who published what; returns the publications. */
    public List<ReportPublisher.Published> publish(String job, String period, long runId, String scopeLabel, Path output,
            Set<String> audiences, String who) {
        Set<Audience> kinds = audiences.isEmpty() ? Audience.ALL
                : EnumSet.copyOf(audiences.stream().map(Audience::parse).toList());
        List<ReportPublisher.Published> published = publisher.publish(runId, scopeLabel, output, kinds);
        long changed = published.stream().filter(ReportPublisher.Published::created).count();
        audit.record(who, "publicatie", "taak=" + job + " periode=" + period + " scope=" + scopeLabel + " doelgroepen="
                + String.join(",", new TreeSet<>(audiences)) + " uitvoer=" + output + " run=" + runId,
                published.size() + " publicaties, " + changed + " nieuw of herzien: " + String.join(", ",
                        published.stream().map(p -> p.folder().toString()).toList()));
        return published;
    }
}
