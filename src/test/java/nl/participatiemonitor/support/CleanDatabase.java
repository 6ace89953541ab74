package nl.participatiemonitor.support;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Empties every table a test can fill (not the reference municipalities, not the Flyway history) and puts the
 * clock back on the tests' day.
 */
public class CleanDatabase implements BeforeEachCallback {

    static final List<String> TABLES = List.of("afwijzingen", "organisaties", "gr_lidmaatschappen", "clienten",
            "contacten", "klachten", "adviesorganen", "adviesorgaan_dekking", "adviezen", "advies_reacties",
            "leveringsbestanden", "leveringen", "indicatorruns", "indicatorrun_gemeenten", "indicatorrun_contactdata",
            "indicatorrun_organen", "indicatorrun_adviezen", "indicatorwaarden", "indicatorgroepsmedianen", "signalen",
            "indicatorrun_status", "bron_watermerken", "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
            "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE");

    /** The audit trail, decisions on deliveries and the Quartz job store (scheduling and operations). */
    static final List<String> OPERATIONS_TABLES = List.of("audit_trail", "leveringsbesluiten", "inbox_scans", "QRTZ_FIRED_TRIGGERS",
            "QRTZ_SIMPLE_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_SIMPROP_TRIGGERS", "QRTZ_BLOB_TRIGGERS", "QRTZ_TRIGGERS",
            "QRTZ_JOB_DETAILS", "QRTZ_CALENDARS", "QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_SCHEDULER_STATE");

    /** The accounts of the web console. */
    static final List<String> CONSOLE_TABLES = List.of("gebruiker_gemeenten", "gebruikers");
    /** E-mail subscriptions, the revisions they were told about, and the outbox. */
    static final List<String> MAIL_TABLES = List.of("abonnementen", "gepubliceerde_revisies", "mail_outbox");

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        application.getBean(TestClock.class).reset();
        clean(application.getBean(DataSource.class));
    }

    public static void clean(DataSource dataSource) throws java.sql.SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : TABLES) {
                statement.execute("TRUNCATE TABLE " + table);
            }
            for (String table : OPERATIONS_TABLES) {
                statement.execute("TRUNCATE TABLE " + table);
            }
            for (String table : CONSOLE_TABLES) {
                statement.execute("TRUNCATE TABLE " + table);
            }
            for (String table : MAIL_TABLES) {
                statement.execute("TRUNCATE TABLE " + table);
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            // The case-management tables a database-source test creates hold BSNs: gone before the next test.
            statement.execute("DROP TABLE IF EXISTS zaaksysteem_contactmoment, zaaksysteem_klant");
        }
    }
}
