package nl.participatiemonitor.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.participatiemonitor.system.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The transactional outbox ({@code mail_outbox}): messages are written in the caller's transaction, so they exist
 * exactly when what they announce was recorded; the sender claims, sends and marks them one at a time.
 */
@Repository
public class Outbox {

    static final String WAITING = "WACHTEND";
    static final String SENT = "VERZONDEN";
    static final String FAILED = "MISLUKT";
    static final String LIMITED = "BEPERKT";

    /** A message as the sender and {@code mail outbox} see it. */
    public record Entry(long id, String messageId, String kind, String scope, String recipient, String subject,
            String text, String html, String attachmentName, String attachmentPath, String attachmentSha256,
            String status, int attempts, LocalDateTime nextAttempt, LocalDateTime created, LocalDateTime sent,
            String lastError) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MailSettings settings;

    Outbox(JdbcTemplate jdbc, Clock clock, MailSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Writes {@code mail} unless a mail with its key was written before; an alert beyond the hourly limit of its
     * subscription is kept as {@code BEPERKT} (listed, never sent). Returns whether a row was written.
     */
    boolean write(Mail mail) {
        LocalDateTime now = now();
        String status = WAITING;
        if (mail.kind() == Mail.Kind.MELDING && mail.subscriptionId() != null) {
            Integer lastHour = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM mail_outbox WHERE abonnement_id = ? AND soort = 'MELDING' AND status <> 'BEPERKT'
                      AND aangemaakt > ?""", Integer.class, mail.subscriptionId(),
                    Timestamp.valueOf(now.minusHours(1)));
            if (lastHour >= settings.alertsPerHour()) {
                status = LIMITED;
            }
        }
        Mail.Attachment attachment = mail.attachment();
        return jdbc.update("""
                INSERT IGNORE INTO mail_outbox (sleutel, message_id, soort, abonnement_id, scope, ontvanger, onderwerp,
                    tekst, html, bijlage_naam, bijlage_pad, bijlage_sha256, status, volgende_poging, aangemaakt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                mail.key(), messageId(mail.key()), mail.kind().name(), mail.subscriptionId(), mail.scope(),
                mail.recipient(), mail.subject(), mail.text(), mail.html(),
                attachment == null ? null : attachment.name(),
                attachment == null ? null : attachment.path().toAbsolutePath().toString(),
                attachment == null ? null : attachment.sha256(), status, Timestamp.valueOf(now),
                Timestamp.valueOf(now)) == 1;
    }

    /** The Message-ID of the mail with this key: the same on every attempt, so a repeat is recognisable. */
    String messageId(String key) {
        return "<" + Sha256.of(key).substring(0, 40) + ".participatiemonitor@" + settings.domain() + ">";
    }

    /** Ids of waiting messages whose next attempt is due, oldest first. */
    List<Long> due(int limit) {
        return jdbc.queryForList("""
                SELECT id FROM mail_outbox WHERE status = 'WACHTEND' AND volgende_poging <= ? ORDER BY id LIMIT ?""",
                Long.class, Timestamp.valueOf(now()), limit);
    }

    /**
     * Locks a waiting message for this transaction, skipping one another sender holds; empty when it is gone, sent, or
     * locked elsewhere.
     */
    Optional<Entry> claim(long id) {
        return jdbc.query(SELECT + "WHERE id = ? AND status = 'WACHTEND' FOR UPDATE SKIP LOCKED", Outbox::entry, id)
                .stream().findFirst();
    }

    void markSent(long id) {
        jdbc.update("UPDATE mail_outbox SET status = 'VERZONDEN', verzonden = ?, pogingen = pogingen + 1, "
                + "laatste_fout = NULL WHERE id = ?", Timestamp.valueOf(now()), id);
    }

    /** Records a failed attempt: tried again after the back-off, or marked failed when older than the keep time. */
    void markAttemptFailed(Entry entry, String error) {
        int attempts = entry.attempts() + 1;
        LocalDateTime now = now();
        boolean expired = !entry.created().plus(settings.keep()).isAfter(now);
        jdbc.update("UPDATE mail_outbox SET status = ?, pogingen = ?, volgende_poging = ?, laatste_fout = ? WHERE id = ?",
                expired ? FAILED : WAITING, attempts, Timestamp.valueOf(now.plus(settings.backOff(attempts))),
                clip(error), entry.id());
    }

    void markFailed(long id, String error) {
        jdbc.update("UPDATE mail_outbox SET status = 'MISLUKT', laatste_fout = ? WHERE id = ?", clip(error), id);
    }

    /** Marks every waiting message older than the keep time as failed; returns how many. */
    int expire() {
        return jdbc.update("""
                UPDATE mail_outbox SET status = 'MISLUKT',
                    laatste_fout = COALESCE(laatste_fout, 'Niet verzonden binnen de bewaartermijn / not sent in time')
                WHERE status = 'WACHTEND' AND aangemaakt <= ?""", Timestamp.valueOf(now().minus(settings.keep())));
    }

    /** The newest {@code limit} messages, optionally of one status only. */
    public List<Entry> list(String status, int limit) {
        return status == null ? jdbc.query(SELECT + "ORDER BY id DESC LIMIT ?", Outbox::entry, limit)
                : jdbc.query(SELECT + "WHERE status = ? ORDER BY id DESC LIMIT ?", Outbox::entry, status, limit);
    }

    /** The messages given up on: not sent within the keep time. */
    public List<Entry> failed(int limit) {
        return list(FAILED, limit);
    }

    public Duration keep() {
        return settings.keep();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String clip(String error) {
        String text = error == null ? "onbekende fout / unknown error" : error;
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    private static final String SELECT = """
            SELECT id, message_id, soort, scope, ontvanger, onderwerp, tekst, html, bijlage_naam, bijlage_pad,
                   bijlage_sha256, status, pogingen, volgende_poging, aangemaakt, verzonden, laatste_fout
            FROM mail_outbox
            """;

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getInt(13), rs.getObject(14, LocalDateTime.class),
                rs.getObject(15, LocalDateTime.class), rs.getObject(16, LocalDateTime.class), rs.getString(17));
    }
}
