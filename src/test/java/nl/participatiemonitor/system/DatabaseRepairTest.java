package nl.participatiemonitor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.participatiemonitor.cli.ApplicationContextSource;
import nl.participatiemonitor.cli.Main;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A start killed while Flyway migrated leaves a half-applied migration. The migrations are safe to repeat, so the
 * next start completes it; when Flyway recorded the migration as failed, the start says to run {@code db repair} (no
 * stack trace), and after {@code db repair} the application starts with every table, column and index in place.
 * Runs on a scratch database of its own on the MariaDB server of SPRING_DATASOURCE_URL, dropped afterwards.
 */
class DatabaseRepairTest {

    private static final Pattern URL = Pattern.compile("(jdbc:mariadb://[^/]+/)([^?]*)(.*)");

    private String url;
    private String database;
    private Connection root;

    @BeforeEach
    void scratchDatabase() throws SQLException {
        String server = System.getenv("SPRING_DATASOURCE_URL");
        assumeTrue(server != null && server.startsWith("jdbc:mariadb://"), "needs a MariaDB server");
        Matcher parts = URL.matcher(server);
        assumeTrue(parts.matches());
        // Named after the test database, so a user granted only databases with that prefix (as CI's) may create it.
        database = parts.group(2) + "_repair_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        url = parts.group(1) + database + parts.group(3);
        root = DriverManager.getConnection(parts.group(1) + parts.group(3), user(), password());
        execute("CREATE DATABASE " + database);
    }

    @AfterEach
    void dropScratchDatabase() throws SQLException {
        if (root != null) {
            execute("DROP DATABASE IF EXISTS " + database);
            root.close();
        }
    }

    @Test
    void aMigrationAKillLeftHalfAppliedCompletesAtTheNextStart() throws SQLException {
        assertThat(command("runs").exitCode()).isZero();
        List<String> complete = schema();
        List<String> migrated = history();
        killedDuringV6();

        CliRun next = command("runs");

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(schema()).isEqualTo(complete);
        assertThat(history()).isEqualTo(migrated).startsWith("1:1", "2:1", "3:1", "4:1", "5:1", "6:1", "8:1", "9:1");
    }

    @Test
    void aFailedMigrationIsNamedWithDbRepairWhichRepairsIt() throws SQLException {
        assertThat(command("runs").exitCode()).isZero();
        List<String> complete = schema();
        List<String> migrated = history();
        killedDuringV6();
        // An earlier version then tried V6 again, failed on a table that already existed and recorded the failure.
        execute("INSERT INTO " + database + ".flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success) VALUES (100, '6', 'indicators', 'SQL',"
                + " 'V6__indicators.sql', 0, 'root', 0, 0)");

        CliRun refused = command("runs");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("De database kan niet worden bijgewerkt", "version 6", "'db repair'")
                .doesNotContain("\tat ", "Exception");
        assertThat(refused.err().lines().count()).isLessThanOrEqualTo(4);

        CliRun repaired = command("db", "repair");

        assertThat(repaired.exitCode()).as(repaired.err()).isZero();
        assertThat(repaired.out()).contains("1 mislukte migratie(s) verwijderd", "bijgewerkt tot versie "
                + migrated.get(migrated.size() - 1).split(":")[0] + " ");
        assertThat(command("runs").exitCode()).isZero();
        assertThat(schema()).isEqualTo(complete);
        assertThat(history()).isEqualTo(migrated);
    }

    /**
     * What a kill during V6 on the first start leaves: V1 to V5 applied and recorded, V6 half (three of its tables
     * missing, no history row), V8 and V9 not run. The later migrations' work stays but their rows go: each must be
     * safe to repeat.
     */
    private void killedDuringV6() throws SQLException {
        execute("USE " + database);
        execute("DELETE FROM flyway_schema_history WHERE CAST(version AS UNSIGNED) >= 6");
        execute("DROP TABLE signalen, indicatorgroepsmedianen, indicatorwaarden, bron_watermerken, leveringsbesluiten,"
                + " audit_trail");
        execute("ALTER TABLE leveringen DROP COLUMN bron_definitie");
        for (String table : List.of("organisaties", "gr_lidmaatschappen", "clienten", "contacten", "klachten",
                "adviesorganen", "adviesorgaan_dekking", "adviezen", "advies_reacties")) {
            execute("ALTER TABLE " + table + " DROP COLUMN ingetrokken");
        }
    }

    private CliRun command(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.execute(ApplicationContextSource.starting("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user(), "--spring.datasource.password=" + password(),
                "--pm.data-dir=target/test-data", "--pm.pseudonym-key=" + IntegrationTest.KEY),
                new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Every table with its columns and indexes, as one sorted list. */
    private List<String> schema() throws SQLException {
        List<String> schema = new ArrayList<>();
        try (Statement statement = root.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT CONCAT(table_name, '.', column_name, ' ', column_type) FROM information_schema.columns
                WHERE table_schema = '%1$s'
                UNION ALL SELECT CONCAT(table_name, ' index ', index_name, ' ', seq_in_index, ' ', column_name)
                FROM information_schema.statistics WHERE table_schema = '%1$s'
                ORDER BY 1""".formatted(database))) {
            while (rows.next()) {
                schema.add(rows.getString(1));
            }
        }
        return schema;
    }

    private List<String> history() throws SQLException {
        List<String> history = new ArrayList<>();
        try (Statement statement = root.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT CONCAT(version, ':', success) FROM " + database + ".flyway_schema_history ORDER BY installed_rank")) {
            while (rows.next()) {
                history.add(rows.getString(1));
            }
        }
        return history;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = root.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String user() {
        return System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "root");
    }

    private static String password() {
        return System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
    }
}
