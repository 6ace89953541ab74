package nl.participatiemonitor.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import nl.participatiemonitor.metrics.ExpectedSources;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.schedule.JobDefinition;
import nl.participatiemonitor.schedule.ScheduledWork;
import nl.participatiemonitor.schedule.Task;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestClock;
import nl.participatiemonitor.system.DutchTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox job: complete deliveries are imported and archived, bad ones end in failed/ with their reason. */
@IntegrationTest
class InboxTest {

    @Autowired
    ScheduledWork work;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path inbox;

    @Test
    void takesCompleteDeliveriesLeavesIncompleteOnesAndMovesBadOnesToFailedWithTheirReason() throws Exception {
        clients(inbox.resolve("gm0014/2026-Q3"), "2026-Q3", 0).text("READY", "");
        Path quiet = clients(inbox.resolve("gm0034/levering-1"), "2026-Q3", 0).folder();
        setModified(quiet, clock.instant().minus(2, ChronoUnit.MINUTES));
        Path busy = clients(inbox.resolve("gm0034/levering-2"), "2026-Q4", 0).folder();
        DeliveryFiles.in(inbox.resolve("gm0037/verkeerd")).text("READY", "")
                .csv("onbekend.csv", "a;b", "1;2");

        ScheduledWork.Outcome outcome = work.fire(inbox(), clock.instant(), null, "planner:inbox");

        assertThat(outcome.failed()).isFalse();
        assertThat(inbox.resolve("archive/gm0014/2026-Q3/clienten.csv")).isRegularFile();
        assertThat(inbox.resolve("archive/gm0034/levering-1/clienten.csv")).isRegularFile();
        assertThat(busy.resolve("clienten.csv")).as("not complete: left alone").isRegularFile();
        assertThat(inbox.resolve("gm0014/2026-Q3")).doesNotExist();
        String reason = Files.readString(inbox.resolve("failed/gm0037/verkeerd/REASON.txt"));
        assertThat(reason).contains("Waarom deze levering niet is verwerkt:", "is geweigerd; er is niets geïmporteerd",
                "- onbekend.csv: ", "Why this delivery was not processed:", "was refused; nothing was imported");
        assertThat(jdbc.queryForList("SELECT CONCAT(bron, ' ', COALESCE(periode, '-'), ' ', status, ' ', "
                + "COALESCE(regels_geimporteerd, 0)) FROM leveringen ORDER BY bron", String.class))
                .containsExactly("gm0014 2026-Q3 GEACCEPTEERD 10", "gm0034 2026-Q3 GEACCEPTEERD 10",
                        "gm0037 - GEWEIGERD 0");
        assertThat(jdbc.queryForObject("""
                SELECT CONCAT(READ_COUNT, '/', WRITE_COUNT) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'inbox'""",
                String.class)).as("three deliveries taken, 20 rows imported").isEqualTo("3/20");
    }

    @Test
    void aHeldDeliveryGoesToFailedAndAControllerAcceptsItWithAReason() throws Exception {
        clients(inbox.resolve("gm0014/2026-Q3"), "2026-Q3", 4).text("READY", "");

        work.fire(inbox(), clock.instant(), null, "planner:inbox");

        Path failed = inbox.resolve("failed/gm0014/2026-Q3");
        assertThat(Files.readString(failed.resolve("REASON.txt"))).contains("is geblokkeerd: 4 van 14 regels zijn afgewezen",
                "is held: 4 of 14 lines were rejected, more than 5.0%");
        String id = jdbc.queryForObject("SELECT LEFT(id, 12) FROM leveringen", String.class);
        assertThat(CliRun.run(context, "deliveries").out()).contains("Bron gm0014, periode 2026-Q3",
                id + "  GEBLOKKEERD", "10 geïmporteerd, 4 afgewezen", "deliveries accept|reject " + id);

        CliRun accepted = CliRun.run(context, "deliveries", "accept", id, "--reason", "GM9999 bestaat straks", "--as", "anna");

        assertThat(accepted.exitCode()).isZero();
        assertThat(inbox.resolve("archive/gm0014/2026-Q3/clienten.csv")).isRegularFile();
        assertThat(CliRun.run(context, "deliveries").out()).contains(id + "  GEACCEPTEERD",
                "besluit GEACCEPTEERD door anna: GM9999 bestaat straks");
        assertThat(CliRun.run(context, "deliveries", "reject", id, "--reason", "x").err()).contains("niet geblokkeerd");
        assertThat(jdbc.queryForObject("SELECT resultaat FROM audit_trail WHERE actie = 'deliveries accept' AND resultaat <> 'gestart'",
                String.class)).isEqualTo("exitcode 0");
    }

    @Test
    void sourcesNamesTheExpectedSourcesThatAreLate() throws Exception {
        clients(inbox.resolve("gm0014/2026-Q3"), "2026-Q3", 0).text("READY", "");
        work.fire(inbox(), clock.instant(), null, "planner:inbox");
        LateSources sources = new LateSources(new ExpectedSources(List.of(
                new ExpectedSources.Expected("gm0014", List.of("GM0014")),
                new ExpectedSources.Expected("ketens", List.of("GM0014", "GM0034")))), jdbc);

        assertThat(sources.states(Period.parse("2026-Q3"))).extracting(s -> s.source() + " " + s.latestPeriod() + " "
                + s.late()).containsExactly("gm0014 2026-Q3 false", "ketens null true");
        assertThat(sources.states(Period.parse("2026-Q4"))).extracting(LateSources.SourceState::late)
                .containsExactly(true, true);
    }

    private JobDefinition inbox() {
        return new JobDefinition("inbox", "", "test.yml", "0 30 6 * * ?", DutchTime.ZONE, Task.INBOX, null,
                null, java.util.Set.of(), null, inbox.toString(), 1, List.of());
    }

    /** Ten valid clients of GM0014, and {@code bad} more of a municipality that does not exist. */
    private static DeliveryFiles clients(Path folder, String period, int bad) {
        String[] lines = new String[10 + bad];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "C-%s-%02d;%s;2024-01-01".formatted(folder.getFileName(), i, i < 10 ? "GM0014" : "GM9999");
        }
        return DeliveryFiles.in(folder).source("overschreven", period)
                .csv("clienten.csv", "client_id;gemeente_code;start_uitkering", lines);
    }

    private static void setModified(Path folder, Instant when) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(when));
            }
        }
    }
}
