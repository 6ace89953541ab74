package nl.participatiemonitor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.nio.file.Path;
import javax.sql.DataSource;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.support.TestDeliveries;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A run that Spring Batch still calls STARTED is shown as ONDERBROKEN once its process is gone (its named lock is
 * free), and {@code runs --failed} lists it with how to go on; a run whose process still holds the lock stays STARTED.
 */
@IntegrationTest
class InterruptedRunsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    DataSource dataSource;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path output;

    @Test
    void aStartedRunWithoutItsProcessIsInterruptedAndListedAsFailed() throws Exception {
        JobParameters killed = identity("2026-Q2");
        JobParameters running = identity("2026-Q3");
        long killedId = started("indicatoren", killed);
        long runningId = started("indicatoren", running);
        try (Connection otherProcess = dataSource.getConnection(); Statement statement = otherProcess.createStatement()) {
            // What ExclusiveJobRuns holds in the process that runs 2026-Q3 right now.
            String lock = ExclusiveJobRuns.lockName(otherProcess.getCatalog(),
                    "indicatoren", running);
            try (ResultSet got = statement.executeQuery("SELECT GET_LOCK('" + lock + "', 0)")) {
                got.next();
                assertThat(got.getInt(1)).isOne();
            }

            CliRun runs = CliRun.run(context, "runs");
            CliRun failed = CliRun.run(context, "runs", "--failed");

            assertThat(runs.out().lines().filter(l -> l.startsWith(killedId + " ")).findFirst().orElseThrow())
                    .contains("indicatoren", "2026-Q2", "ONDERBROKEN", "runs restart " + killedId);
            assertThat(runs.out().lines().filter(l -> l.startsWith(runningId + " ")).findFirst().orElseThrow())
                    .contains("2026-Q3", "STARTED").doesNotContain("ONDERBROKEN");
            assertThat(failed.out().lines().filter(l -> l.matches("^\\d+ .*"))).singleElement()
                    .satisfies(line -> assertThat(line).startsWith(killedId + " ").contains("ONDERBROKEN"));
            assertThat(failed.out()).contains("'runs restart <id>'");
            CliRun shown = CliRun.run(context, "runs", "show", String.valueOf(killedId));
            assertThat(shown.out()).contains("status ONDERBROKEN", "runs restart " + killedId);
            statement.execute("SELECT RELEASE_LOCK('" + lock + "')");
        }
    }

    @Test
    void theSameCommandAgainContinuesAnInterruptedPublicationInsteadOfLeavingItListed() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);
        assertThat(CliRun.run(context, "report", "--period", "2026-Q3", "--audience", "toezicht", "--municipality",
                "GM0014", "--output", output.resolve("eerst").toString()).exitCode()).isZero();
        long runId = jdbc.queryForObject("SELECT id FROM indicatorruns", Long.class);
        // The publication into 'uitvoer' as a process killed while publishing left it.
        long killed = started("publiceren", new JobParametersBuilder().addString("periode", "2026-Q3")
                .addLong("indicatorrun", runId).addString("scope", "GM0014")
                .addString("uitvoer", output.resolve("uitvoer").toString()).addString("doelgroepen", "TOEZICHT")
                .addLong("herhaling", 1L).addString("taak", "report", false).toJobParameters());
        assertThat(CliRun.run(context, "runs", "--failed").out()).contains(killed + " ", "ONDERBROKEN");

        CliRun again = CliRun.run(context, "report", "--period", "2026-Q3", "--audience", "toezicht", "--municipality",
                "GM0014", "--output", output.resolve("uitvoer").toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(CliRun.run(context, "runs", "--failed").out()).contains("Geen mislukte runs.");
        assertThat(jdbc.queryForList("""
                SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_EXECUTION k USING (JOB_INSTANCE_ID)
                WHERE k.JOB_EXECUTION_ID = ? ORDER BY e.JOB_EXECUTION_ID""", String.class, killed))
                .as("the interrupted run, then its continuation").containsExactly("FAILED", "COMPLETED");
        assertThat(CliRun.run(context, "verify", output.resolve("uitvoer").toString()).exitCode()).isZero();
    }

    private static JobParameters identity(String period) {
        return new JobParametersBuilder().addString("periode", period).addString("scope", "ALLE")
                .addString("invoer", "abc").toJobParameters();
    }

    /** A run as a killed process leaves it: STARTED, with a running step, and never ended. */
    private long started(String job, JobParameters parameters) throws Exception {
        JobExecution execution = jobRepository.createJobExecution(job, parameters);
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.of(2026, 11, 16, 8, 0));
        jobRepository.update(execution);
        return execution.getId();
    }
}
