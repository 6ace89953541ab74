package nl.participatiemonitor.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.MailTest;
import nl.participatiemonitor.support.TestDeliveries;
import nl.participatiemonitor.support.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Alerts as a controller receives them: one for a held delivery in their scope (none for another municipality's
 * controller, none again when the same delivery comes in again), one for a failed run with how to restart it, and no
 * more than the hourly limit of a subscription.
 */
@MailTest
class ControllerAlertTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeliveryImporter importer;

    @TempDir
    Path dir;

    @TempDir
    Path output;

    GreenMail smtp = TestSmtp.server();

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtpAndRemoveTheInjectedFailure() {
        smtp.stop();
        jdbc.execute("DROP TRIGGER IF EXISTS klacht_failure");
    }

    @Test
    void aHeldDeliveryAlertsTheControllerOfItsMunicipalityOnce() throws Exception {
        subscribe("controller@groningen.nl", "GM0014");
        subscribe("controller@kampen.nl", "GM0166");
        DeliveryFiles.in(dir).csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp",
                "K-1;GM0014;2026-07-01;BEJEGENING",
                "K-2;GM0014;2026-07-01;\"Slecht; behandeld\"",
                "K-3;GM0014;01-07-2026;BETALING");

        CliRun imported = CliRun.run(context, "import", dir.toString(), "--source", "gm0014", "--period", "2026-Q3");

        assertThat(imported.exitCode()).as("held").isEqualTo(3);
        Matcher rejects = Pattern.compile("rejects ([0-9a-f]{12})").matcher(imported.out());
        assertThat(rejects.find()).isTrue();
        String id = rejects.group(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage alert = smtp.getReceivedMessages()[0];
        assertThat(alert.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("controller@groningen.nl");
        assertThat(alert.getSubject()).isEqualTo("Levering geblokkeerd: bron gm0014, periode 2026-Q3 (" + id + ")");
        assertThat(ReportMailTest.text(alert, "text/plain")).contains(
                "is geblokkeerd: 2 van de 3 regels zijn afgewezen (66,7%), meer dan het maximum van 5,0%.",
                "participatiemonitor rejects " + id,
                "participatiemonitor deliveries accept " + id + " --reason",
                "participatiemonitor deliveries reject " + id + " --reason",
                TestSmtp.PUBLIC_URL + "/leveringen/" + id);

        CliRun.run(context, "import", dir.toString(), "--source", "gm0014", "--period", "2026-Q3");
        assertThat(smtp.getReceivedMessages()).as("the same delivery again is the same event").hasSize(1);
    }

    @Test
    void signalS9InAPublishedRunAlertsOncePerSourceAndPeriod() throws Exception {
        subscribe("controller@almere.nl", "GM0034");
        importer.importFolder(TestDeliveries.complete(), null, null);
        DeliveryFiles.in(dir).csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp",
                "K-1;GM0034;2026-05-01;BETALING", "K-2;GM0034;2026-05-01;ONZIN");
        importer.importFolder(dir, "gm0034", "2026-Q2");
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).singleElement().asString()
                .startsWith("Levering geblokkeerd: bron gm0034, periode 2026-Q2");

        for (int i = 0; i < 2; i++) {
            CliRun run = CliRun.run(context, "run", "--period", "2026-Q2", "--audience", "raad", "--output",
                    output.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }

        assertThat(smtp.getReceivedMessages()).hasSize(2);
        MimeMessage signal = smtp.getReceivedMessages()[1];
        assertThat(signal.getSubject()).isEqualTo("Signaal S9 voor Almere 2026-Q2: bron gm0034");
        assertThat(ReportMailTest.text(signal, "text/plain")).contains("bron gm0034 is geblokkeerd",
                "participatiemonitor sources --period 2026-Q2", "participatiemonitor deliveries --held");
    }

    @Test
    void aFailedRunAlertsWithTheErrorAndTheRestartCommand() throws Exception {
        subscribe("controller@provincie.nl", null);
        jdbc.execute("""
                CREATE TRIGGER klacht_failure BEFORE INSERT ON klachten FOR EACH ROW
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'schijf vol'""");

        CliRun imported = CliRun.run(context, "import", TestDeliveries.complete().toString());

        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage alert = smtp.getReceivedMessages()[0];
        long run = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        assertThat(alert.getSubject()).isEqualTo("Run mislukt: import (run " + run + ")");
        assertThat(ReportMailTest.text(alert, "text/plain")).contains("De run " + run + " (import) is mislukt.",
                "schijf vol", "participatiemonitor runs show " + run, "participatiemonitor runs restart " + run);
    }

    @Test
    void alertsBeyondTheHourlyLimitOfASubscriptionAreKeptButNotSent() {
        subscribe("controller@provincie.nl", null);
        jdbc.execute("""
                CREATE TRIGGER klacht_failure BEFORE INSERT ON klachten FOR EACH ROW
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'schijf vol'""");

        // Twelve failing imports in a row: each is a failed run of its own (a restart is a new execution).
        for (int i = 0; i < 12; i++) {
            CliRun.run(context, "import", TestDeliveries.complete().toString());
        }

        assertThat(smtp.getReceivedMessages()).as("pm.mail.alerts-per-hour: 10").hasSize(10);
        assertThat(CliRun.run(context, "mail", "outbox", "--status", "BEPERKT").out()).contains("BEPERKT",
                "Run mislukt: import");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'BEPERKT'", Integer.class))
                .isEqualTo(2);
    }

    private void subscribe(String email, String municipality) {
        CliRun added = municipality == null
                ? CliRun.run(context, "subscriptions", "add", "--email", email, "--audience", "controller")
                : CliRun.run(context, "subscriptions", "add", "--email", email, "--audience", "controller",
                        "--municipality", municipality);
        assertThat(added.exitCode()).as(added.err()).isZero();
    }
}
