package nl.participatiemonitor.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.MailTest;
import nl.participatiemonitor.support.TestDeliveries;
import nl.participatiemonitor.support.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A sender killed with SIGKILL after the SMTP server accepted a message but before the outbox marked it sent: the
 * next sender repeats that one message, with the same Message-ID, and every other message arrives exactly once.
 */
@MailTest
class CrashBetweenSendAndMarkTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Autowired
    Clock clock;

    @TempDir
    Path output;

    @TempDir
    Path work;

    GreenMail smtp = TestSmtp.server();

    Process child;

    @AfterEach
    void stop() {
        if (child != null) {
            child.destroyForcibly();
        }
        smtp.stop();
    }

    @Test
    void aKilledSenderRepeatsAtMostTheOneMessageItHadSentWithTheSameMessageId() throws Exception {
        for (String municipality : List.of("GM0014", "GM0034", "GM0037")) {
            CliRun.run(context, "subscriptions", "add", "--email", "griffie-" + municipality.toLowerCase() + "@test.nl",
                    "--audience", "raad", "--municipality", municipality);
        }
        importer.importFolder(TestDeliveries.complete(), null, null);
        // Published while the mail server is down: three messages wait in the outbox.
        CliRun.run(context, "run", "--period", "2026-Q3", "--audience", "raad", "--output", output.toString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'WACHTEND'", Integer.class))
                .isEqualTo(3);
        smtp.start();

        Path marker = work.resolve("sent.txt");
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), SendThenStall.class.getName(), marker.toString(),
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestSmtp.PORT,
                "--pm.mail.from=" + environment.getProperty("pm.mail.from"),
                "--pm.data-dir=" + work.resolve("data"), "--pm.test.now=" + Instant.now(clock))
                .redirectErrorStream(true).redirectOutput(work.resolve("child.log").toFile()).start();
        org.awaitility.Awaitility.await("the sender sends within five minutes").atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(100))
                .failFast("the sender stopped before sending", () -> !child.isAlive())
                .until(() -> Files.exists(marker) && !Files.readString(marker).isEmpty());
        String repeated = Files.readString(marker);
        new ProcessBuilder("kill", "-9", String.valueOf(child.pid())).start().waitFor();
        assertThat(child.waitFor()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'WACHTEND'", Integer.class))
                .as("the kill came before the mark").isEqualTo(3);

        OutboxSender.Round round = sender.sendDue();

        assertThat(round.sent()).isEqualTo(3);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).as("three messages, one of them twice").hasSize(4);
        Map<String, Long> perMessageId = Arrays.stream(received).map(ReportMailTest::messageId)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perMessageId).hasSize(3).containsEntry(repeated, 2L);
        List<Long> others = new ArrayList<>(perMessageId.values());
        others.remove(2L);
        assertThat(others).containsOnly(1L);
        assertThat(jdbc.queryForList("SELECT status FROM mail_outbox", String.class)).containsOnly("VERZONDEN");
        assertThat(sender.sendDue().sent()).isZero();
    }

    private String log() {
        try {
            return Files.readString(work.resolve("child.log"));
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }
}
