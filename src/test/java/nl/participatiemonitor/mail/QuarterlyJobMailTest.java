package nl.participatiemonitor.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.schedule.Holidays;
import nl.participatiemonitor.schedule.JobDefinition;
import nl.participatiemonitor.schedule.JobScope;
import nl.participatiemonitor.schedule.RelativePeriod;
import nl.participatiemonitor.schedule.ScheduledWork;
import nl.participatiemonitor.schedule.Task;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.MailTest;
import nl.participatiemonitor.support.TestDeliveries;
import nl.participatiemonitor.support.TestSmtp;
import nl.participatiemonitor.system.DutchTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The "done when": a griffie subscribed to its municipality receives one e-mail with the PDF when the
 * quarterly job publishes, and nothing when the job runs again on the same data.
 */
@MailTest
class QuarterlyJobMailTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    ScheduledWork work;

    @Autowired
    Clock clock;

    @TempDir
    Path output;

    GreenMail smtp = TestSmtp.server();

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theGriffieReceivesOneMailWithThePdfWhenTheQuarterlyJobPublishesAndNoneWhenItRunsAgain() throws Exception {
        CliRun.run(context, "subscriptions", "add", "--email", "griffie@groningen.nl", "--audience", "raad",
                "--municipality", "GM0014");
        importer.importFolder(TestDeliveries.complete(), null, null);
        // jobs/raadsrapportage-kwartaal.yml, publishing into the test's archive.
        JobDefinition quarterly = new JobDefinition("raadsrapportage-kwartaal", "Kwartaalrapportage voor de "
                + "gemeenteraden", "raadsrapportage-kwartaal.yml", "0 0 7 15 1,4,7,10 ?", DutchTime.ZONE,
                Task.PUBLICATION, RelativePeriod.PREVIOUS_QUARTER, JobScope.all(), Set.of("raad"), output.toString(),
                null, 0, Holidays.NONE);

        ScheduledWork.Outcome first = work.fire(quarterly, Instant.now(clock), Period.parse("2026-Q3"), "planner");
        assertThat(first.failed()).isFalse();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).startsWith("Raadsrapportage Participatiewet Groningen 2026-Q3 (").endsWith(
                ", revisie 1)");
        assertThat(ReportMailTest.attachments(mail)).singleElement().satisfies(pdf -> {
            assertThat(pdf.name()).isEqualTo("raadsrapportage-GM0014-2026-Q3.pdf");
            assertThat(pdf.bytes()).isEqualTo(
                    Files.readAllBytes(output.resolve("2026-Q3/GM0014/r1/raadsrapportage-GM0014-2026-Q3.pdf")));
        });

        ScheduledWork.Outcome again = work.fire(quarterly, Instant.now(clock), Period.parse("2026-Q3"), "planner");
        CliRun report = CliRun.run(context, "report", "--period", "2026-Q3", "--audience", "raad", "--output",
                output.toString());

        assertThat(again.failed()).isFalse();
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(smtp.getReceivedMessages()).as("the same data again: nothing new").hasSize(1);
    }
}
