package nl.participatiemonitor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import nl.participatiemonitor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/** One run per job identity: another process holding the identity's lock is refused; the lock is freed after. */
@IntegrationTest
class ExclusiveJobRunsTest {

    static final JobParameters IDENTITY = new JobParametersBuilder().addString("periode", "2026-Q3").toJobParameters();

    @Autowired
    ExclusiveJobRuns runs;

    @Autowired
    DataSource dataSource;

    @Test
    void anotherHolderOfTheLockIsRefusedAndTheLockIsFreedAfterTheWork() throws Exception {
        try (Connection otherProcess = dataSource.getConnection(); Statement statement = otherProcess.createStatement()) {
            String lock = ExclusiveJobRuns.lockName(otherProcess.getCatalog(), "indicatoren", IDENTITY);
            assertThat(value(statement, "SELECT GET_LOCK('" + lock + "', 0)")).isOne();
            assertThatThrownBy(() -> runs.run("indicatoren", IDENTITY, () -> "ran"))
                    .isInstanceOf(ExclusiveJobRuns.AlreadyRunningException.class)
                    .hasMessageContaining("loopt op dit moment al in een ander proces");
            statement.execute("SELECT RELEASE_LOCK('" + lock + "')");

            assertThat(runs.run("indicatoren", IDENTITY, () -> "ran")).isEqualTo("ran");

            assertThat(value(statement, "SELECT IS_FREE_LOCK('" + lock + "')")).as("released after the work").isOne();
        }
    }

    private static int value(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
