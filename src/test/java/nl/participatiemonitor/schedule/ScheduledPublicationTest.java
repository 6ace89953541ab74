package nl.participatiemonitor.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.participatiemonitor.audit.AuditEntry;
import nl.participatiemonitor.audit.AuditTrail;
import nl.participatiemonitor.generate.DeliveryGenerator;
import nl.participatiemonitor.generate.GeneratedDelivery;
import nl.participatiemonitor.generate.GenerationSummary;
import nl.participatiemonitor.generate.GeneratorSettings;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.PeriodKind;
import nl.participatiemonitor.support.CleanDatabase;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestClock;
import nl.participatiemonitor.support.TestDeliveries;
import nl.participatiemonitor.system.DutchTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A publication job from a job file fires on a real scheduler node and publishes; a failed one is restarted. */
@IntegrationTest
class ScheduledPublicationTest {

    static final Period Q3 = Period.parse("2026-Q3");

    @Autowired
    ApplicationContext context;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JobSchedule schedule;

    @Autowired
    ScheduledWork work;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    AuditTrail audit;

    @TempDir
    Path dir;

    @Test
    void aJobFromAJobFileFiresAndPublishesItsReports() throws Exception {
        // Quartz fires on the machine's clock, not the application's: this test's day and data follow the machine.
        clock.set(Instant.now());
        GenerationSummary generated = new DeliveryGenerator().generate(
                new GeneratorSettings(dir.resolve("leveringen"), 2, 60, 7, LocalDate.now(clock)));
        for (GeneratedDelivery delivery : generated.deliveries()) {
            importer.importFolder(delivery.folder(), null, null);
        }
        Path output = dir.resolve("out");
        Path file = Files.writeString(dir.resolve("raad.yml"), """
                naam: raad
                omschrijving: Raadsrapportage
                cron: "0 0 7 15 1,4,7,10 ?"
                taak: rapportage
                periode: vorig-kwartaal
                doelgroepen: [raad]
                uitvoer: %s
                """.formatted(output));
        JobDefinition job = JobFiles.read(file, Set.of("GM0014"));
        schedule.inTransaction(s -> JobSchedule.install(s, List.of(job)));
        // Its last fire time passed while no scheduler ran: the node fires it once, right away.
        TriggerKey key = TriggerKey.triggerKey("raad", JobSchedule.GROUP);
        Trigger installed = context.getBean(QuartzScheduler.class).scheduler().getTrigger(key);
        schedule.inTransaction(s -> s.rescheduleJob(key, installed.getTriggerBuilder()
                .startAt(Date.from(clock.instant().minus(Duration.ofDays(120)))).build()));
        Queue<ClusterNode.Firing> firings = ClusterNode.firings();

        try (ClusterNode node = new ClusterNode(context, "node-a", firings).start()) {
            SchedulerClusterTest.await(() -> firings.size() >= 1);
        }

        LocalDate fired = Instant.ofEpochMilli(firings.peek().scheduledFireTime()).atZone(DutchTime.ZONE).toLocalDate();
        String period = Period.lastComplete(PeriodKind.QUARTER, fired).label();
        assertThat(runFile(output, period)).isRegularFile();
        try (Stream<Path> scopes = Files.list(output.resolve(period))) {
            assertThat(scopes.map(scope -> scope.getFileName().toString()).filter(name -> name.matches("GM\\d{4}")))
                    .as("a council report for each of the two municipalities").hasSize(2)
                    .allSatisfy(code -> assertThat(output.resolve(period + "/" + code + "/r1/raadsrapportage-" + code
                            + "-" + period + ".pdf")).isRegularFile());
        }
        assertThat(audit.list(Optional.empty())).filteredOn(e -> e.action().equals("publicatie")).singleElement()
                .satisfies(e -> {
                    assertThat(e.who()).isEqualTo("planner:raad");
                    assertThat(e.parameters()).contains("taak=raad periode=" + period + " scope=ALLE doelgroepen=raad");
                    assertThat(e.result()).as("everything is new").matches("(\\d+) publicaties, \\1 nieuw of herzien: .*");
                });
        assertThat(jdbc.queryForList("""
                SELECT s.STEP_NAME FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e USING (JOB_EXECUTION_ID)
                JOIN BATCH_JOB_INSTANCE i USING (JOB_INSTANCE_ID) WHERE i.JOB_NAME = 'publicatie' AND s.STATUS = 'COMPLETED'
                ORDER BY s.STEP_EXECUTION_ID""", String.class)).containsExactly("indicatoren", "rapporten");
    }

    @Test
    void aRestartContinuesFromTheFailedStepWithTheFiguresOfACleanRunAndASecondFiringDoesNothing() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);
        Path clean = dir.resolve("schoon");
        assertThat(work.fire(Jobs.councilReport("raad", "0 0 7 15 1 ?", clean), clock.instant(), Q3, "anna").failed())
                .isFalse();
        String cleanFigures = Files.readString(runFile(clean, "2026-Q3"));
        CleanDatabase.clean(dataSource);
        importer.importFolder(TestDeliveries.complete(), null, null);
        // The output folder cannot be made: a file stands where it should be.
        Path output = dir.resolve("uitvoer");
        Files.writeString(output, "in de weg");

        ScheduledWork.Outcome failed = work.fire(Jobs.councilReport("raad", "0 0 7 15 1 ?", output), clock.instant(), Q3,
                "anna");

        assertThat(failed.failed()).isTrue();
        long id = failed.execution().getId();
        CliRun shown = CliRun.run(context, "runs", "show", String.valueOf(id));
        assertThat(shown.out()).contains("Run " + id + ": taak raad (publicatie), periode 2026-Q3, status FAILED",
                "Fout: stap rapporten: ", "runs restart " + id);
        assertThat(CliRun.run(context, "runs", "--failed").out()).contains("raad", "2026-Q3", "FAILED");
        Files.delete(output);

        CliRun restart = CliRun.run(context, "runs", "restart", String.valueOf(id), "--as", "bob");

        assertThat(restart.exitCode()).isZero();
        assertThat(restart.out()).contains("Run " + id + " is opnieuw gestart als run", "COMPLETED");
        assertThat(Files.readString(runFile(output, "2026-Q3"))).isEqualTo(cleanFigures);
        assertThat(jdbc.queryForList("""
                SELECT CONCAT(s.STEP_NAME, ':', s.STATUS) FROM BATCH_STEP_EXECUTION s
                JOIN BATCH_JOB_EXECUTION e USING (JOB_EXECUTION_ID) JOIN BATCH_JOB_INSTANCE i USING (JOB_INSTANCE_ID)
                WHERE i.JOB_NAME = 'publicatie' ORDER BY s.STEP_EXECUTION_ID""", String.class))
                .as("the indicators were not computed again").containsExactly("indicatoren:COMPLETED", "rapporten:FAILED",
                        "rapporten:COMPLETED");
        assertThat(CliRun.run(context, "runs", "--failed").out()).contains("Geen mislukte runs.");

        ScheduledWork.Outcome again = work.fire(Jobs.councilReport("raad", "0 0 7 15 1 ?", output), clock.instant(), Q3,
                "planner:raad");

        assertThat(again.alreadyDone()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicatorruns", Integer.class)).isOne();
        assertThat(audit.list(Optional.empty())).extracting(AuditEntry::action)
                .containsExactly("runs show", "runs show", "runs", "runs", "runs restart", "publicatie", "runs restart",
                        "runs", "runs");
        assertThat(audit.list(Optional.empty()).get(5).who()).as("the publication is bob's").isEqualTo("bob");
        assertThat(audit.list(Optional.empty()).get(6).who()).isEqualTo("bob");
    }

    /** The run's indicatoren.csv, first revision, in the scope folder of all municipalities (ALLE, indicatoren-ALLE). */
    static Path runFile(Path output, String period) throws IOException {
        try (Stream<Path> files = Files.walk(output.resolve(period))) {
            return files.filter(f -> f.endsWith(Path.of("r1", "indicatoren.csv"))
                    && f.getParent().getParent().getFileName().toString().endsWith("ALLE"))
                    .findFirst().orElseThrow(() -> new AssertionError("no indicatoren.csv of ALLE under " + output));
        }
    }

    @Test
    void jobsListsTheShippedJobsWithTheirNextFireTimesAndPausesAndResumesThem() {
        CliRun jobs = CliRun.run(context, "jobs");

        assertThat(jobs.exitCode()).isZero();
        assertThat(jobs.out()).contains("raadsrapportage-kwartaal  [actief]", "cron '0 0 7 15 1,4,7,10 ?' (Europe/Amsterdam)",
                "taak rapportage: periode vorig-kwartaal, alle gemeenten, doelgroepen raad, naar out",
                "inbox-dagelijks  [actief]", "niet op nationale feestdagen en 1 eigen dag", "klachtenoverzicht-jaar", "toezicht-maand");
        String council = jobs.out().lines().dropWhile(l -> !l.startsWith("raadsrapportage-kwartaal"))
                .filter(l -> l.startsWith("  volgende:")).findFirst().orElseThrow();
        assertThat(council.split(";")).hasSize(3).allSatisfy(t -> assertThat(t).contains(" 15 ", "07:00"));

        assertThat(CliRun.run(context, "jobs", "pause", "toezicht-maand").out()).contains("Taak toezicht-maand is gepauzeerd.");
        assertThat(CliRun.run(context, "jobs").out()).contains("toezicht-maand  [GEPAUZEERD]", "volgende: geen (gepauzeerd)");
        assertThat(jdbc.queryForObject("SELECT TRIGGER_STATE FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'toezicht-maand'",
                String.class)).isEqualTo("PAUSED");
        CliRun.run(context, "jobs", "resume", "toezicht-maand");
        assertThat(CliRun.run(context, "jobs").out()).contains("toezicht-maand  [actief]");
        assertThat(CliRun.run(context, "jobs", "pause", "bestaat-niet").err()).contains("Er is geen taak 'bestaat-niet'");
        assertThat(audit.list(Optional.empty())).filteredOn(e -> !e.result().equals("gestart")).extracting(AuditEntry::action)
                .containsExactly("jobs", "jobs pause", "jobs", "jobs resume", "jobs", "jobs pause");
    }
}
