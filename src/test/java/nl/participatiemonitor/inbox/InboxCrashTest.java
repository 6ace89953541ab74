package nl.participatiemonitor.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.participatiemonitor.schedule.Holidays;
import nl.participatiemonitor.schedule.JobDefinition;
import nl.participatiemonitor.schedule.ScheduledWork;
import nl.participatiemonitor.schedule.Task;
import nl.participatiemonitor.support.ChildProcess;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestClock;
import nl.participatiemonitor.system.DutchTime;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An inbox collection whose process is killed (kill -9) in the middle of an import: the next collection continues the
 * delivery after its last committed chunk and ends with exactly the records of an uninterrupted collection.
 */
@IntegrationTest
class InboxCrashTest {

    static final int CLIENTS = 6000;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ScheduledWork work;

    @Autowired
    TestClock clock;

    @TempDir
    Path dir;

    @Test
    void aCollectionKilledHalfwayIsContinuedByTheNextWithNoRowTwiceAndNoneMissing() throws Exception {
        Path inbox = dir.resolve("inbox");
        DeliveryFiles.in(inbox.resolve("gm0014/2026-Q3")).source("gm0014", "2026-Q3")
                .csv("clienten.csv", "client_id;gemeente_code;start_uitkering", InboxTest.clientLines(CLIENTS))
                .text("READY", "");
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("inbox-test.yml"), """
                naam: inbox-test
                cron: "0 30 6 * * ?"
                taak: inbox
                inbox: %s
                """.formatted(inbox));

        try (ChildProcess child = ChildProcess.start(context, dir.resolve("kind.log"),
                Map.of("pm.jobs-dir", jobs.toString()), "jobs", "trigger", "inbox-test", "--as", "kind")) {
            // Killed once a good part of the clients is committed, and well before the end.
            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                    .failFast("the child ended before it could be killed", () -> !child.isAlive())
                    .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM clienten", Integer.class) >= 1000);
            child.kill();
        }
        int committed = jdbc.queryForObject("SELECT COUNT(*) FROM clienten", Integer.class);
        assertThat(committed).as("killed halfway").isBetween(1000, CLIENTS - 1);
        assertThat(jdbc.queryForObject("SELECT status FROM leveringen", String.class)).isEqualTo("BEZIG");
        assertThat(inbox.resolve("gm0014/2026-Q3/clienten.csv")).as("still in the inbox").isRegularFile();

        clock.advance(Duration.ofMinutes(1));
        ScheduledWork.Outcome next = work.fire(new JobDefinition("inbox-test", "", "inbox-test.yml", "0 30 6 * * ?",
                DutchTime.ZONE, Task.INBOX, null, null, java.util.Set.of(), null, inbox.toString(), 30, Holidays.NONE),
                clock.instant(), null, "planner:inbox-test");

        assertThat(next.failed()).isFalse();
        assertThat(inbox.resolve("archive/gm0014/2026-Q3/clienten.csv")).isRegularFile();
        assertThat(jdbc.queryForList("SELECT CONCAT(status, ' ', regels_gelezen, ' ', regels_geimporteerd, ' ', "
                + "regels_afgewezen) FROM leveringen", String.class)).containsExactly("GEACCEPTEERD " + CLIENTS + " "
                + CLIENTS + " 0");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clienten", Integer.class)).isEqualTo(CLIENTS);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT client_pseudoniem) FROM clienten WHERE actueel = 1",
                Integer.class)).as("every client once").isEqualTo(CLIENTS);
    }
}
