package nl.participatiemonitor.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import nl.participatiemonitor.system.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox over SMTP ({@code spring.mail.*}). Each message is claimed, sent and marked sent in one
 * database transaction, so a crash between sending and marking repeats that one message once, with the same
 * Message-ID, and a crash anywhere else repeats nothing. While the SMTP server is unreachable a round stops at the
 * first message and everything waits for its next attempt (back-off). Thread-safe: two senders, in one process or
 * in two, skip each other's claimed messages.
 */
@Service
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /** What one round did. */
    public record Round(int sent, int retried, int failed, boolean smtpConfigured) {
    }

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mailSender, PlatformTransactionManager transactionManager,
            MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        // Each message in a transaction of its own, also when called inside another one (a publication step).
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends every message that is due, until none is left or the SMTP server fails; expires old ones first. */
    public synchronized Round sendDue() {
        // Every statement in a transaction of its own: called after a commit, the finished transaction's connection
        // may still be bound to this thread, and a statement on it would hold locks the claims below skip.
        int expired = transactions.execute(status -> outbox.expire());
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return new Round(0, 0, expired, false);
        }
        int sent = 0;
        int retried = 0;
        int failed = expired;
        boolean serverDown = false;
        Set<Long> tried = new HashSet<>();
        while (!serverDown) {
            // Each message once a round, also when its back-off is shorter than the round.
            List<Long> due = transactions.execute(status -> outbox.due(50 + tried.size())).stream()
                    .filter(tried::add).toList();
            if (due.isEmpty()) {
                break;
            }
            for (long id : due) {
                Outcome outcome = transactions.execute(status -> sendOne(sender, id));
                switch (outcome) {
                    case SENT -> sent++;
                    case RETRY -> retried++;
                    case FAILED -> failed++;
                    case SERVER_DOWN -> {
                        retried++;
                        serverDown = true;
                    }
                    case SKIPPED -> { }
                }
                if (serverDown) {
                    break;
                }
            }
        }
        if (sent + retried + failed > 0) {
            log.info("Mail: {} sent, {} to retry, {} failed", sent, retried, failed);
        }
        return new Round(sent, retried, failed, true);
    }

    /**
     * Sends what is due once the current transaction has committed (at once when there is none), so the messages it
     * wrote are sent by the command that wrote them; what cannot be sent waits for {@code serve}.
     */
    public void sendAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sendQuietly();
                }
            });
        } else {
            sendQuietly();
        }
    }

    private void sendQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Mail: sending failed; 'serve' tries again: {}", e.getMessage());
        }
    }

    private enum Outcome {
        SENT, RETRY, SERVER_DOWN, FAILED, SKIPPED
    }

    private Outcome sendOne(JavaMailSender sender, long id) {
        Optional<Outbox.Entry> claimed = outbox.claim(id);
        if (claimed.isEmpty()) {
            return Outcome.SKIPPED;
        }
        Outbox.Entry entry = claimed.get();
        MimeMessage message;
        try {
            message = compose(sender, entry);
        } catch (AttachmentChanged e) {
            outbox.markFailed(id, e.getMessage());
            return Outcome.FAILED;
        } catch (MessagingException | IOException e) {
            outbox.markFailed(id, "Bericht kon niet worden opgemaakt / message could not be composed: " + e.getMessage());
            return Outcome.FAILED;
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            log.info("Mail {} to {} not sent: {}", entry.messageId(), entry.recipient(), e.getMessage());
            outbox.markAttemptFailed(entry, describe(e));
            if (isAboutThisMessage(e)) {
                return Outcome.RETRY;
            }
            log.warn("De mailserver is niet bereikbaar ({}); de e-mail wacht in de outbox en wordt later verzonden "
                    + "('mail outbox', 'serve'). / The mail server is unreachable; the mail waits in the outbox.",
                    describe(e));
            return Outcome.SERVER_DOWN;
        }
        outbox.markSent(id);
        return Outcome.SENT;
    }

    private MimeMessage compose(JavaMailSender sender, Outbox.Entry entry) throws MessagingException, IOException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(entry.recipient());
        helper.setSubject(entry.subject());
        helper.setText(entry.text(), entry.html());
        helper.setSentDate(Date.from(clock.instant()));
        if (entry.attachmentPath() != null) {
            byte[] bytes = Files.readAllBytes(Path.of(entry.attachmentPath()));
            if (!Sha256.of(bytes).equals(entry.attachmentSha256())) {
                throw new AttachmentChanged(entry.attachmentPath());
            }
            helper.addAttachment(entry.attachmentName(), new ByteArrayResource(bytes), "application/pdf");
        }
        // Spring keeps a Message-ID set before sending; the same one on every attempt makes a repeat recognisable.
        message.setHeader("Message-ID", entry.messageId());
        return message;
    }

    /** A rejected recipient or message is this message's problem; anything else means the server is unreachable. */
    private static boolean isAboutThisMessage(MailException e) {
        if (e instanceof MailSendException send) {
            return send.getFailedMessages().values().stream().anyMatch(SendFailedException.class::isInstance);
        }
        return false;
    }

    private static String describe(MailException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return "SMTP: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    /** The archived attachment is no longer the file the mail was written for. */
    private static final class AttachmentChanged extends IOException {
        AttachmentChanged(String path) {
            super("De bijlage " + path + " is gewijzigd of weg sinds de mail werd klaargezet; het archief wordt nooit "
                    + "overschreven, controleer het met 'verify'. / The attachment changed since the mail was written.");
        }
    }
}
