package nl.participatiemonitor.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Report e-mails as a subscriber receives them: one per new revision in the subscriber's scope, with the archived PDF
 * for the public reports, none for an unchanged publication, a link only for the dossier.
 */
@MailTest
class ReportMailTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path output;

    @TempDir
    Path delivery;

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
    void oneMailPerSubscriberPerNewRevisionWithTheArchivedPdfAndNoneWhenNothingChanged() throws Exception {
        subscribe("griffie@groningen.nl", "raad", "GM0014");
        subscribe("griffie@almere.nl", "raad", "GM0034");
        subscribe("griffie@kampen.nl", "raad", "GM0166");
        importer.importFolder(TestDeliveries.complete(), null, null);

        publish();

        assertThat(smtp.getReceivedMessages()).as("Groningen and Almere; Kampen is not in the run").hasSize(2);
        MimeMessage groningen = to("griffie@groningen.nl").get(0);
        assertThat(groningen.getSubject())
                .isEqualTo("Raadsrapportage Participatiewet Groningen 2026-Q3 (" + status("GM0014") + ", revisie 1)");
        assertThat(attachments(groningen)).extracting(Attachment::name)
                .containsExactly("raadsrapportage-GM0014-2026-Q3.pdf");
        assertThat(attachments(groningen).get(0).bytes())
                .isEqualTo(Files.readAllBytes(output.resolve("2026-Q3/GM0014/r1/raadsrapportage-GM0014-2026-Q3.pdf")));
        String text = text(groningen, "text/plain");
        assertThat(text).contains("De raadsrapportage Participatiewet van Groningen over het kwartaal 2026-Q3 is "
                + "gepubliceerd", "Kerncijfers", "Klachten ontvangen: Deze periode <5", "Signalen",
                TestSmtp.PUBLIC_URL + "/archief/2026-Q3/GM0014/r1", "abonnement");
        assertThat(text(groningen, "text/html")).contains("<table", "<td style=\"padding: 2px 8px\">&lt;5</td>",
                "<a href=\"" + TestSmtp.PUBLIC_URL + "/archief/2026-Q3/GM0014/r1\"");
        assertThat(to("griffie@kampen.nl")).isEmpty();

        CliRun again = publish();
        assertThat(again.out()).contains("0 nieuw of herzien");
        assertThat(smtp.getReceivedMessages()).as("the same data publishes nothing new").hasSize(2);

        // Five more complaints for Groningen: its K1 goes from <5 to 7, and Almere's summary prints the new median.
        DeliveryFiles.in(delivery).csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp",
                "N-1;GM0014;2026-07-01;BETALING", "N-2;GM0014;2026-07-02;BETALING", "N-3;GM0014;2026-07-03;OVERIG",
                "N-4;GM0014;2026-07-04;OVERIG", "N-5;GM0014;2026-07-05;BEJEGENING");
        importer.importFolder(delivery, "gm0014", "2026-Q3");
        publish();

        List<MimeMessage> groningenMails = to("griffie@groningen.nl");
        assertThat(groningenMails).hasSize(2);
        MimeMessage revised = groningenMails.get(1);
        assertThat(revised.getSubject())
                .isEqualTo("Raadsrapportage Participatiewet Groningen 2026-Q3 (" + status("GM0014") + ", revisie 2)");
        assertThat(text(revised, "text/plain")).contains("Deze revisie vervangt revisie 1. Deze cijfers zijn veranderd:",
                "- Klachten ontvangen: <5 → 7");
        assertThat(attachments(revised).get(0).bytes())
                .isEqualTo(Files.readAllBytes(output.resolve("2026-Q3/GM0014/r2/raadsrapportage-GM0014-2026-Q3.pdf")));
        assertThat(to("griffie@almere.nl")).hasSize(2);
        assertThat(text(to("griffie@almere.nl").get(1), "text/plain"))
                .contains("Klachten ontvangen, vergelijkbare gemeenten:");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ReportMailTest::messageId).distinct()).hasSize(4);
    }

    @Test
    void theDossierIsALinkNeverAnAttachmentAndTheSupervisorsGetTheirPdf() throws Exception {
        subscribe("toetser@rekenkamer.nl", "dossier", "GM0014");
        subscribe("toezicht@provincie.nl", "toezicht", null);
        importer.importFolder(TestDeliveries.complete(), null, null);

        CliRun run = CliRun.run(context, "run", "--period", "2026-Q3", "--audience", "toezicht", "--audience", "dossier",
                "--output", output.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(2);
        MimeMessage dossier = to("toetser@rekenkamer.nl").get(0);
        assertThat(dossier.getSubject()).isEqualTo("Dossier voor toetsers Groningen 2026-Q3 (vertrouwelijk, revisie 1)");
        assertThat(attachments(dossier)).isEmpty();
        assertThat(text(dossier, "text/plain")).contains("nooit als bijlage",
                TestSmtp.PUBLIC_URL + "/archief/2026-Q3/dossier-GM0014/r1").doesNotContain("Kerncijfers");

        MimeMessage supervisors = to("toezicht@provincie.nl").get(0);
        assertThat(supervisors.getSubject())
                .isEqualTo("Toezichtrapportage Participatiewet alle gemeenten 2026-Q3 (" + status("GM0014") + ", revisie 1)");
        assertThat(attachments(supervisors)).extracting(Attachment::name)
                .containsExactly("toezichtrapportage-ALLE-2026-Q3.pdf");
        assertThat(attachments(supervisors).get(0).bytes()).isEqualTo(Files.readAllBytes(
                output.resolve("2026-Q3/toezicht-ALLE/r1/toezichtrapportage-ALLE-2026-Q3.pdf")));
        assertThat(text(supervisors, "text/plain")).contains("Groningen (GM0014):", "Almere (GM0034):");
    }

    /** The status the run gave the municipality (it depends on the day: DEFINITIEF 60 days after the period). */
    private String status(String municipality) {
        return jdbc.queryForObject("SELECT LOWER(status) FROM indicatorrun_status WHERE gemeente_code = ? "
                + "ORDER BY run_id DESC LIMIT 1", String.class, municipality);
    }

    @Test
    void aRevisionArchivedByAProcessThatDiedBeforeRecordingItIsAnnouncedByTheNextPublication() throws Exception {
        subscribe("griffie@groningen.nl", "raad", "GM0014");
        importer.importFolder(TestDeliveries.complete(), null, null);
        publish();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        // As if the process had died after writing the archive but before its transaction with the mail committed.
        jdbc.update("DELETE FROM gepubliceerde_revisies");
        jdbc.update("DELETE FROM mail_outbox");
        smtp.reset();

        publish();

        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).singleElement().asString()
                .startsWith("Raadsrapportage Participatiewet Groningen 2026-Q3 (").endsWith("revisie 1)");
        publish();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    private void subscribe(String email, String audience, String municipality) {
        CliRun added = municipality == null
                ? CliRun.run(context, "subscriptions", "add", "--email", email, "--audience", audience)
                : CliRun.run(context, "subscriptions", "add", "--email", email, "--audience", audience,
                        "--municipality", municipality);
        assertThat(added.exitCode()).as(added.err()).isZero();
    }

    private CliRun publish() {
        CliRun run = CliRun.run(context, "run", "--period", "2026-Q3", "--audience", "raad", "--output",
                output.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> messages = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                messages.add(message);
            }
        }
        return messages;
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    record Attachment(String name, byte[] bytes) {
    }

    static List<Attachment> attachments(Part part) throws Exception {
        List<Attachment> found = new ArrayList<>();
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            part.getDataHandler().writeTo(bytes);
            found.add(new Attachment(part.getFileName(), bytes.toByteArray()));
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(attachments(multipart.getBodyPart(i)));
            }
        }
        return found;
    }

    /** The first body part of {@code type} (text/plain or text/html), decoded. */
    static String text(Part part, String type) throws Exception {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = text(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static String raw(MimeMessage message) {
        return GreenMailUtil.getWholeMessage(message);
    }
}
