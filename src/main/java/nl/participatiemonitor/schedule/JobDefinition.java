package nl.participatiemonitor.schedule;

import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import nl.participatiemonitor.report.Audience;

/**
 * One recurring job as a controller describes it in {@code jobs/<name>.yml}: when it fires (a Quartz
 * cron expression in a time zone, never on its holidays) and what it runs. A publication carries its
 * period (relative to the firing day), scope, audiences and output folder; an inbox import its inbox
 * folder and how long a delivery without a READY marker must be left unchanged before it is taken.
 */
public record JobDefinition(String name, String description, String file, String cron, ZoneId zone, Task task,
        RelativePeriod period, JobScope scope, Set<String> audiences, String output, String inbox, int quietMinutes,
        Holidays holidays) {

    /** The report audiences a job may name: those of {@link Audience}. */
    public static final Set<String> AUDIENCES = Audience.ALL.stream().map(Audience::id)
            .collect(Collectors.toUnmodifiableSet());
}
