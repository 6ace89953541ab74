package nl.participatiemonitor.schedule;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health of the scheduler node under {@code serve}: up while it fires triggers, with its cluster identity. */
@Component("scheduler")
class SchedulerHealth implements HealthIndicator {

    private final QuartzScheduler quartz;
    private final Serving serving;

    SchedulerHealth(QuartzScheduler quartz, Serving serving) {
        this.quartz = quartz;
        this.serving = serving;
    }

    @Override
    public Health health() {
        try {
            Scheduler scheduler = quartz.scheduler();
            SchedulerMetaData meta = scheduler.getMetaData();
            boolean firing = serving.serving() && scheduler.isStarted() && !scheduler.isInStandbyMode()
                    && !scheduler.isShutdown();
            return (firing ? Health.up() : Health.down().withDetail("reden", "de planner voert geen taken uit"))
                    .withDetail("knooppunt", meta.getSchedulerInstanceId())
                    .withDetail("geclusterd", meta.isJobStoreClustered())
                    .withDetail("taken_uitgevoerd", meta.getNumberOfJobsExecuted())
                    .withDetail("taken_bezig", scheduler.getCurrentlyExecutingJobs().size())
                    .build();
        } catch (SchedulerException e) {
            return Health.down(e).build();
        }
    }
}
