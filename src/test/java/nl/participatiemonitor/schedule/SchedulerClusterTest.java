package nl.participatiemonitor.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Queue;
import java.util.function.BooleanSupplier;
import nl.participatiemonitor.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real Quartz on MariaDB: scheduler nodes with the application's settings against the test database.
 * The job they fire is an inbox collection of an empty inbox, so each firing is one quick Spring Batch run.
 */
@IntegrationTest
class SchedulerClusterTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuartzScheduler quartz;

    @Autowired
    JobSchedule schedule;

    @TempDir
    Path inbox;

    @Test
    void twoNodesFireEachTriggerOnceAndTheSecondTakesOverWhenTheFirstStops() throws Exception {
        schedule.inTransaction(s -> JobSchedule.install(s, List.of(Jobs.inbox("elke-seconde", "* * * * * ?", inbox))));
        Queue<ClusterNode.Firing> firings = ClusterNode.firings();
        try (ClusterNode a = new ClusterNode(context, "node-a", firings).start();
                ClusterNode b = new ClusterNode(context, "node-b", firings).start()) {
            await(() -> firings.size() >= 4);
            List<ClusterNode.Firing> seen = new ArrayList<>(firings);
            String holder = seen.get(seen.size() - 1).node();
            ClusterNode stopped = holder.equals("node-a") ? a : b;
            stopped.close();
            int before = firings.size();

            await(() -> firings.size() >= before + 3);

            List<ClusterNode.Firing> after = new ArrayList<>(firings).subList(before, firings.size());
            assertThat(after).extracting(ClusterNode.Firing::node).containsOnly(holder.equals("node-a") ? "node-b" : "node-a");
        }
        List<ClusterNode.Firing> all = new ArrayList<>(firings);
        assertThat(all).extracting(ClusterNode.Firing::scheduledFireTime).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i USING (JOB_INSTANCE_ID)
                WHERE i.JOB_NAME = 'inbox'""", Integer.class)).as("one Spring Batch run per firing").isEqualTo(all.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT JOB_INSTANCE_ID) FROM BATCH_JOB_EXECUTION", Integer.class))
                .isEqualTo(all.size());
    }

    @Test
    void afterDowntimeAcrossTwoFireTimesTheJobRunsOnceToCatchUp() throws Exception {
        schedule.inTransaction(s -> JobSchedule.install(s, List.of(Jobs.inbox("middag", "0 0 12 * * ?", inbox))));
        TriggerKey key = TriggerKey.triggerKey("middag", JobSchedule.GROUP);
        // Installed three days ago, and no scheduler has run since: three noons passed unfired.
        Trigger installed = quartz.scheduler().getTrigger(key);
        schedule.inTransaction(s -> s.rescheduleJob(key, installed.getTriggerBuilder()
                .startAt(Date.from(Instant.now().minus(Duration.ofDays(3)))).build()));
        assertThat(quartz.scheduler().getTrigger(key).getNextFireTime()).isBefore(Date.from(Instant.now().minus(Duration.ofDays(1))));
        Queue<ClusterNode.Firing> firings = ClusterNode.firings();

        try (ClusterNode node = new ClusterNode(context, "node-a", firings).start()) {
            await(() -> firings.size() >= 1);
            // Missed fire times are not fired one by one: still one firing after a while.
            Awaitility.await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                    .until(() -> firings.size() == 1);
        }

        assertThat(firings).hasSize(1);
        assertThat(quartz.scheduler().getTrigger(key).getNextFireTime()).as("then on schedule again").isAfter(new Date());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isOne();
    }

    @Test
    void aPausedJobDoesNotFireUntilItIsResumed() throws Exception {
        schedule.inTransaction(s -> JobSchedule.install(s, List.of(Jobs.inbox("elke-seconde", "* * * * * ?", inbox))));
        JobKey key = JobKey.jobKey("elke-seconde", JobSchedule.GROUP);
        Queue<ClusterNode.Firing> firings = ClusterNode.firings();
        try (ClusterNode node = new ClusterNode(context, "node-a", firings).start()) {
            await(() -> firings.size() >= 1);
            // What 'jobs pause' does: in the shared store, through a scheduler that is not running.
            schedule.inTransaction(s -> s.pauseJob(key));
            // A firing the node acquired before the pause may still come within its idle wait (1 s); then none.
            Awaitility.await().pollDelay(Duration.ofMillis(1200)).until(() -> true);
            int paused = firings.size();
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                    .until(() -> firings.size() == paused);

            schedule.inTransaction(s -> s.resumeJob(key));
            await(() -> firings.size() >= paused + 2);
        }
    }

    /** Waits until {@code condition} holds, for at most a minute: a slow machine only makes the test slower. */
    static void await(BooleanSupplier condition) {
        Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(50))
                .until(condition::getAsBoolean);
    }
}
