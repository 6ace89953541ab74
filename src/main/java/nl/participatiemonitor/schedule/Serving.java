package nl.participatiemonitor.schedule;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import nl.participatiemonitor.audit.AuditTrail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The scheduler of {@code serve}: installs the job files, starts this cluster node and runs until the
 * application stops (SIGTERM closes it). On stopping it takes no new firings, lets the running job
 * finish its work (an interrupted import or run would also continue where it stopped at the next
 * start), and records the stop in the audit trail while the database is still there.
 */
@Component
public class Serving implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Serving.class);

    private final QuartzScheduler quartz;
    private final JobSchedule schedule;
    private final AuditTrail audit;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean serving;
    private volatile String who;

    Serving(QuartzScheduler quartz, JobSchedule schedule, AuditTrail audit) {
        this.quartz = quartz;
        this.schedule = schedule;
        this.audit = audit;
    }

    /** Installs the job files (refusing a bad one by name) and starts firing; returns the jobs. */
    public List<JobDefinition> serve(String who) throws SchedulerException {
        List<JobDefinition> jobs = schedule.synchronise();
        this.who = who;
        Scheduler scheduler = quartz.scheduler();
        scheduler.start();
        serving = true;
        audit.record(who, "serve", "knooppunt=" + scheduler.getSchedulerInstanceId(), "gestart met " + jobs.size()
                + " taken: " + String.join(", ", jobs.stream().map(JobDefinition::name).toList()));
        log.info("Scheduler node {} started with {} jobs", scheduler.getSchedulerInstanceId(), jobs.size());
        return jobs;
    }

    /** Blocks until the application stops. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    public boolean serving() {
        return serving;
    }

    @Override
    public void start() {
        // Serving starts only through serve(); an ordinary command never fires a trigger.
    }

    @Override
    public void stop() {
        try {
            Scheduler scheduler = quartz.scheduler();
            scheduler.standby();
            while (!scheduler.getCurrentlyExecutingJobs().isEmpty()) {
                log.info("Stopping: waiting for the running job to finish");
                Thread.sleep(500);
            }
            audit.record(who, "serve", "knooppunt=" + scheduler.getSchedulerInstanceId(), "gestopt");
        } catch (SchedulerException e) {
            log.warn("Stopping the scheduler: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            serving = false;
            stopped.countDown();
        }
    }

    @Override
    public boolean isRunning() {
        return serving;
    }

    @Override
    public int getPhase() {
        // Stop before the scheduler bean and everything the running job needs.
        return Integer.MAX_VALUE;
    }
}
