package nl.participatiemonitor.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.participatiemonitor.metrics.ExpectedSources;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.schedule.Holidays;
import nl.participatiemonitor.schedule.JobDefinition;
import nl.participatiemonitor.schedule.ScheduledWork;
import nl.participatiemonitor.schedule.Task;
import nl.participatiemonitor.support.CliRun;
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
        Path copied = clients(inbox.resolve("gm0034/levering-1"), "2026-Q3", 0).folder();
        // Copied with 'sftp -p': times of long ago, which say nothing about whether the copy is complete.
        setModified(copied, clock.instant().minus(30, ChronoUnit.DAYS));
        DeliveryFiles.in(inbox.resolve("gm0037/verkeerd")).text("READY", "")
                .csv("onbekend.csv", "a;b", "1;2");

        ScheduledWork.Outcome first = work.fire(inbox(), clock.instant(), null, "planner:inbox");

        assertThat(first.failed()).isFalse();
        assertThat(inbox.resolve("archive/gm0014/2026-Q3/clienten.csv")).isRegularFile();
        assertThat(inbox.resolve("gm0014/2026-Q3")).doesNotExist();
        assertThat(copied.resolve("clienten.csv")).as("seen once: not yet known to be complete").isRegularFile();
        String reason = Files.readString(inbox.resolve("failed/gm0037/verkeerd/REASON.txt"));
        assertThat(reason).contains("Waarom deze levering niet is verwerkt:", "is geweigerd; er is niets geïmporteerd",
                "- onbekend.csv: ", "Why this delivery was not processed:", "was refused; nothing was imported");

        // The next collection sees levering-1 unchanged after more than the quiet minute: complete. Levering-2 is new.
        clock.advance(Duration.ofMinutes(2));
        Path growing = clients(inbox.resolve("gm0034/levering-2"), "2026-Q4", 0).folder();
        ScheduledWork.Outcome second = work.fire(inbox(), clock.instant(), null, "planner:inbox");

        assertThat(inbox.resolve("archive/gm0034/levering-1/clienten.csv")).isRegularFile();
        assertThat(growing.resolve("clienten.csv")).isRegularFile();

        // Levering-2 is still being written when the third collection looks (same old time, larger size): not taken.
        Files.writeString(growing.resolve("clienten.csv"), "C-extra;GM0014;2024-01-01\n", StandardOpenOption.APPEND);
        setModified(growing, clock.instant().minus(30, ChronoUnit.DAYS));
        clock.advance(Duration.ofMinutes(2));
        work.fire(inbox(), clock.instant(), null, "planner:inbox");
        assertThat(growing.resolve("clienten.csv")).as("changed since the last collection").isRegularFile();

        clock.advance(Duration.ofMinutes(2));
        work.fire(inbox(), clock.instant(), null, "planner:inbox");
        assertThat(inbox.resolve("archive/gm0034/levering-2/clienten.csv")).isRegularFile();

        assertThat(jdbc.queryForList("SELECT CONCAT(bron, ' ', COALESCE(periode, '-'), ' ', status, ' ', "
                + "COALESCE(regels_geimporteerd, 0)) FROM leveringen ORDER BY bron, periode", String.class))
                .containsExactly("gm0014 2026-Q3 GEACCEPTEERD 10", "gm0034 2026-Q3 GEACCEPTEERD 10",
                        "gm0034 2026-Q4 GEACCEPTEERD 11", "gm0037 - GEWEIGERD 0");
        assertThat(jdbc.queryForList("""
                SELECT CONCAT(s.READ_COUNT, '/', s.WRITE_COUNT) FROM BATCH_STEP_EXECUTION s
                WHERE s.STEP_NAME = 'inbox' ORDER BY s.STEP_EXECUTION_ID""", String.class))
                .as("deliveries taken and rows imported per collection").containsExactly("2/10", "1/10", "0/0", "1/11");
        assertThat(first.execution().getId()).isNotEqualTo(second.execution().getId());
    }

    @Test
    void aSecondCollectionOfTheSameInboxDoesNothingWhileTheFirstIsImporting() throws Exception {
        String[] lines = clientLines(5000);
        DeliveryFiles.in(inbox.resolve("gm0014/2026-Q3")).source("overschreven", "2026-Q3")
                .csv("clienten.csv", "client_id;gemeente_code;start_uitkering", lines).text("READY", "");
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<ScheduledWork.Outcome> first = background.submit(() -> work.fire(inbox(), clock.instant(), null,
                    "planner:inbox"));
            Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(5)).until(() -> jdbc
                    .queryForObject("SELECT COUNT(*) FROM leveringen WHERE status = 'BEZIG'", Integer.class) == 1);

            ScheduledWork.Outcome second = work.fire(inbox(), clock.instant().plusSeconds(1), null, "anna");

            assertThat(second.failed()).isFalse();
            assertThat(second.skipped()).isTrue();
            assertThat(second.execution().getExitStatus().getExitDescription())
                    .startsWith("Er verzamelt al een ander proces uit inbox " + inbox);
            ScheduledWork.Outcome done = first.get(2, TimeUnit.MINUTES);
            assertThat(done.failed()).isFalse();
            assertThat(done.skipped()).isFalse();
        } finally {
            background.shutdownNow();
        }
        assertThat(inbox.resolve("archive/gm0014/2026-Q3/clienten.csv")).isRegularFile();
        assertThat(inbox.resolve(Inbox.FAILED)).doesNotExist();
        assertThat(jdbc.queryForList("SELECT CONCAT(status, ' ', regels_geimporteerd) FROM leveringen", String.class))
                .containsExactly("GEACCEPTEERD 5000");
    }

    @Test
    void aDeliveryThatCannotBeReadGoesToFailedAndTheCollectionGoesOnWithTheNext() throws Exception {
        Path broken = DeliveryFiles.in(inbox.resolve("gm0014/a-kapot")).text("READY", "").folder();
        Files.createSymbolicLink(broken.resolve("clienten.csv"), broken.resolve("bestaat-niet.csv"));
        DeliveryFiles.in(inbox.resolve("gm0014/b-lang")).text("READY", "")
                .text("levering.properties", "bron=gm0014\nperiode=2026-Q3\nomschrijving=" + "x".repeat(600) + "\n")
                .csv("clienten.csv", "client_id;gemeente_code;start_uitkering", "C-1;GM0014;2024-01-01");
        clients(inbox.resolve("gm0014/c-goed"), "2026-Q3", 0).text("READY", "");

        ScheduledWork.Outcome outcome = work.fire(inbox(), clock.instant(), null, "planner:inbox");

        assertThat(outcome.failed()).isFalse();
        assertThat(Files.readString(inbox.resolve("failed/gm0014/a-kapot/REASON.txt")))
                .contains("Waarom deze levering niet is verwerkt:");
        assertThat(Files.readString(inbox.resolve("failed/gm0014/b-lang/REASON.txt")))
                .contains("omschrijving", "er passen er 500", "at most 500 characters").doesNotContain("SQL", "Exception");
        assertThat(inbox.resolve("archive/gm0014/c-goed/clienten.csv")).isRegularFile();
        assertThat(jdbc.queryForList("SELECT CONCAT(status, ' ', regels_geimporteerd) FROM leveringen", String.class))
                .containsExactly("GEACCEPTEERD 10");
    }

    @Test
    void aFileThatChangesWhileItIsImportedIsRefusedAndNothingOfItCounts() throws Exception {
        String[] lines = clientLines(3000);
        Path delivery = DeliveryFiles.in(inbox.resolve("gm0014/2026-Q3")).source("overschreven", "2026-Q3")
                .csv("clienten.csv", "client_id;gemeente_code;start_uitkering", lines)
                .csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp", "K-1;GM0014;2026-08-01;BETALING")
                .text("READY", "").folder();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<ScheduledWork.Outcome> collection = background.submit(() -> work.fire(inbox(), clock.instant(), null,
                    "planner:inbox"));
            // While the clients are imported, the supplier writes the complaints file again (the steps read it later).
            Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(5)).until(() -> jdbc
                    .queryForObject("SELECT COUNT(*) FROM leveringen WHERE status = 'BEZIG'", Integer.class) == 1);
            Files.writeString(delivery.resolve("klachten.csv"), "K-2;GM0014;2026-08-02;BETALING\n",
                    StandardOpenOption.APPEND);
            assertThat(collection.get(2, TimeUnit.MINUTES).failed()).isFalse();
        } finally {
            background.shutdownNow();
        }

        assertThat(Files.readString(inbox.resolve("failed/gm0014/2026-Q3/REASON.txt")))
                .contains("klachten.csv is veranderd terwijl het werd geïmporteerd",
                        "klachten.csv changed while it was being imported");
        assertThat(jdbc.queryForObject("SELECT status FROM leveringen", String.class)).isEqualTo("GEWEIGERD");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clienten WHERE actueel = 1", Integer.class))
                .as("nothing of the delivery counts").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM klachten", Integer.class)).isZero();
    }

    @Test
    void anImportThatKeepsStoppingIsContinuedTwiceThenWithdrawnAndSetAside() throws Exception {
        clients(inbox.resolve("gm0014/2026-Q3"), "2026-Q3", 0)
                .csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp", "K-1;GM0014;2026-08-01;BETALING")
                .text("READY", "");
        jdbc.execute("""
                CREATE TRIGGER klacht_failure BEFORE INSERT ON klachten FOR EACH ROW
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure'""");
        try {
            for (int attempt = 1; attempt <= 2; attempt++) {
                work.fire(inbox(), clock.instant(), null, "planner:inbox");
                clock.advance(Duration.ofMinutes(1));
                assertThat(inbox.resolve("gm0014/2026-Q3/klachten.csv")).as("kept for attempt " + (attempt + 1))
                        .isRegularFile();
                assertThat(jdbc.queryForObject("SELECT status FROM leveringen", String.class)).isEqualTo("BEZIG");
            }
            assertThat(CliRun.run(context, "run", "--period", "2026-Q3", "--output", inbox.resolve("uit").toString())
                    .err()).as("no figures from half a delivery")
                    .contains("is nog niet volledig geïmporteerd (status BEZIG)");

            work.fire(inbox(), clock.instant(), null, "planner:inbox");
        } finally {
            jdbc.execute("DROP TRIGGER IF EXISTS klacht_failure");
        }

        assertThat(Files.readString(inbox.resolve("failed/gm0014/2026-Q3/REASON.txt")))
                .contains("De import van deze levering is 3 keer afgebroken", "injected failure");
        assertThat(jdbc.queryForObject("SELECT status FROM leveringen", String.class)).isEqualTo("GEWEIGERD");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clienten WHERE actueel = 1", Integer.class)).isZero();
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
                null, java.util.Set.of(), null, inbox.toString(), 1, Holidays.NONE);
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

    /** {@code count} valid clients of GM0014, as lines of clienten.csv. */
    static String[] clientLines(int count) {
        String[] lines = new String[count];
        for (int i = 0; i < count; i++) {
            lines[i] = "C-%05d;GM0014;2024-01-01".formatted(i);
        }
        return lines;
    }

    private static void setModified(Path folder, Instant when) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(when));
            }
        }
    }
}
