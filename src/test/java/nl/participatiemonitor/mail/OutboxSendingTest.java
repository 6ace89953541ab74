package nl.participatiemonitor.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.MailTest;
import nl.participatiemonitor.support.TestClock;
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
 * The outbox while the SMTP server is down: a publication still succeeds, its mail waits with the error, and arrives
 * once when the server is back; mail not sent within the keep time is failed and shown with the failed runs.
 */
@MailTest
class OutboxSendingTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @TempDir
    Path output;

    GreenMail smtp = TestSmtp.server();

    @BeforeEach
    void subscribeAndImport() throws Exception {
        CliRun.run(context, "subscriptions", "add", "--email", "griffie@groningen.nl", "--audience", "raad",
                "--municipality", "GM0014");
        CliRun.run(context, "subscriptions", "add", "--email", "griffie@almere.nl", "--audience", "raad",
                "--municipality", "GM0034");
        importer.importFolder(TestDeliveries.complete(), null, null);
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void smtpDownThenUpEverythingArrivesOnce() {
        CliRun published = CliRun.run(context, "run", "--period", "2026-Q3", "--audience", "raad", "--output",
                output.toString());

        assertThat(published.exitCode()).as("a publication does not depend on the mail server").isZero();
        assertThat(jdbc.queryForList("SELECT status FROM mail_outbox", String.class))
                .containsExactly("WACHTEND", "WACHTEND");
        CliRun waiting = CliRun.run(context, "mail", "outbox");
        assertThat(waiting.out()).contains("WACHTEND", "griffie@groningen.nl",
                "Raadsrapportage Participatiewet Groningen 2026-Q3", "laatste fout: SMTP");
        assertThat(CliRun.run(context, "mail", "send").exitCode()).as("still down").isEqualTo(1);

        smtp.start();
        CliRun sent = CliRun.run(context, "mail", "send");

        assertThat(sent.out()).contains("2 verzonden, 0 later opnieuw, 0 mislukt.");
        assertThat(CliRun.run(context, "mail", "send").out()).contains("0 verzonden");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(Arrays.stream(received).map(ReportMailTest::messageId).distinct()).hasSize(2);
        assertThat(jdbc.queryForList("SELECT status FROM mail_outbox", String.class))
                .containsExactly("VERZONDEN", "VERZONDEN");
        assertThat(CliRun.run(context, "mail", "outbox", "--status", "verzonden").out())
                .contains("VERZONDEN", "griffie@almere.nl");
    }

    @Test
    void mailNotSentWithinTheKeepTimeIsFailedAndShownWithTheFailedRuns() {
        CliRun.run(context, "run", "--period", "2026-Q3", "--audience", "raad", "--output", output.toString());
        clock.advance(Duration.ofHours(73));

        CliRun.run(context, "mail", "send");

        assertThat(jdbc.queryForList("SELECT status FROM mail_outbox", String.class)).containsExactly("MISLUKT", "MISLUKT");
        CliRun failed = CliRun.run(context, "runs", "--failed");
        assertThat(failed.out()).contains("Mislukte e-mail (niet verzonden binnen 72 uur; zie 'mail outbox'):",
                "griffie@groningen.nl", "Raadsrapportage Participatiewet Groningen 2026-Q3");
        smtp.start();
        CliRun.run(context, "mail", "send");
        assertThat(smtp.getReceivedMessages()).as("a failed message is not sent any more").isEmpty();
    }
}
