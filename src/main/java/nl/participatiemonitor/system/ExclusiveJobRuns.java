package nl.participatiemonitor.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionException;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs a job for one identity (a delivery, a period) in one process at a time. A MariaDB named lock,
 * held for as long as the work runs, keeps two processes apart; whoever holds it also knows that any
 * execution with the same identity that still says it is running was left by a process that died,
 * and marks it failed so Spring Batch restarts it after its last committed step or chunk.
 */
@Component
public class ExclusiveJobRuns {

    private static final Logger log = LoggerFactory.getLogger(ExclusiveJobRuns.class);

    private final DataSource dataSource;
    private final JobExplorer jobExplorer;
    private final JobRepository jobRepository;
    private final Clock clock;

    ExclusiveJobRuns(DataSource dataSource, JobExplorer jobExplorer, JobRepository jobRepository, Clock clock) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.jobExplorer = jobExplorer;
        this.jobRepository = jobRepository;
    }

    /** Work that launches the job; may throw what launching a job throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws JobExecutionException;
    }

    /** Thrown when another process runs the same job with the same identity right now. */
    public static class AlreadyRunningException extends RuntimeException {
        AlreadyRunningException(String jobName) {
            super("Deze " + jobName + " loopt op dit moment al in een ander proces. Wacht tot die klaar is. / This "
                    + jobName + " is running in another process right now. Wait until it has finished.");
        }
    }

    public <T> T run(String jobName, JobParameters identity, Work<T> work) throws JobExecutionException {
        try (Connection lockHolder = dataSource.getConnection()) {
            String lock = lockName(lockHolder.getCatalog(), jobName, identity);
            if (!lockFunction(lockHolder, "GET_LOCK(?, 0)", lock)) {
                throw new AlreadyRunningException(jobName);
            }
            try {
                failInterrupted(jobName, identity);
                return work.run();
            } finally {
                // The lock belongs to the physical connection, which the pool keeps open: release it explicitly.
                lockFunction(lockHolder, "RELEASE_LOCK(?)", lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Database error around " + jobName + ": " + e.getMessage(), e);
        }
    }

    private static boolean lockFunction(Connection connection, String function, String lock) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function)) {
            statement.setString(1, lock);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    /**
     * A lock name of at most 64 characters that stands for the database, the job and its identifying parameters.
     * MariaDB's named locks are server-wide: two installations (or test runs) in different databases on one server
     * must not hold each other's locks.
     */
    static String lockName(String database, String jobName, JobParameters identity) {
        StringBuilder named = new StringBuilder(database).append('/').append(jobName);
        // Sorted by key and by value only, so parameters read back from the job repository name the same lock.
        new TreeMap<>(identity.getIdentifyingParameters()).forEach((key, value) ->
                named.append('\n').append(key).append('=').append(value.getValue()));
        return "pm-" + Sha256.of(named.toString()).substring(0, 40);
    }

    /**
     * Whether a run that the job repository still calls running really is: its process holds the identity's lock
     * for as long as it works, and the server frees the lock when the process's connection goes (a kill, a crash).
     * A run whose lock is free was interrupted.
     */
    public boolean isRunning(String jobName, JobParameters identity) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            statement.setString(1, lockName(connection.getCatalog(), jobName, identity));
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getObject(1) != null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Database error while checking run of " + jobName + ": " + e.getMessage(), e);
        }
    }

    private void failInterrupted(String jobName, JobParameters identity) {
        for (JobExecution execution : jobExplorer.findRunningJobExecutions(jobName)) {
            if (!execution.getJobParameters().getIdentifyingParameters().equals(identity.getIdentifyingParameters())) {
                continue;
            }
            log.warn("{} execution {} was interrupted (its process stopped); it continues where it stopped",
                    jobName, execution.getId());
            LocalDateTime now = LocalDateTime.now(clock);
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus().isRunning()) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted"));
                    step.setEndTime(now);
                    jobRepository.update(step);
                }
            }
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted"));
            execution.setEndTime(now);
            jobRepository.update(execution);
        }
    }
}
