package nl.participatiemonitor.schedule;

import java.nio.file.Path;
import java.util.Set;
import nl.participatiemonitor.system.DutchTime;

/** Small factories for job definitions in tests. */
final class Jobs {

    private Jobs() {
    }

    /** An inbox collection of {@code inbox} on {@code cron}, complete after one quiet minute. */
    static JobDefinition inbox(String name, String cron, Path inbox) {
        return new JobDefinition(name, "test", "test.yml", cron, DutchTime.ZONE, Task.INBOX, null, null,
                Set.of(), null, inbox.toString(), 1, Holidays.NONE);
    }

    /** The council report of a period, for every municipality with data, into {@code output}. */
    static JobDefinition councilReport(String name, String cron, Path output) {
        return new JobDefinition(name, "test", "test.yml", cron, DutchTime.ZONE, Task.PUBLICATION,
                RelativePeriod.PREVIOUS_QUARTER, JobScope.all(), Set.of("raad"), output.toString(), null, 0, Holidays.NONE);
    }
}
