package nl.participatiemonitor.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.participatiemonitor.ingest.CanonicalEntity;
import nl.participatiemonitor.ingest.DeliveryStore;
import nl.participatiemonitor.ingest.DeliverySummary;
import nl.participatiemonitor.ingest.DeliveryWithdrawal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What came in per source and period, and a controller's decision on a held delivery: accept it after
 * all (its figures count and the held-data warning goes away) or reject it, always with a reason that is
 * kept beside the delivery.
 */
@Service
public class DeliveryDecisions {

    private final JdbcTemplate jdbc;
    private final DeliveryStore store;
    private final Clock clock;
    private final DeliveryWithdrawal withdrawal;

    DeliveryDecisions(JdbcTemplate jdbc, DeliveryStore store, Clock clock, DeliveryWithdrawal withdrawal) {
        this.withdrawal = withdrawal;
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    /** One delivery as {@code deliveries} lists it, with the last decision on it if any. */
    public record Delivery(String id, String source, String period, String status, LocalDateTime received, long read,
            long imported, long rejected, String decision, String reason, String decidedBy) {

        public String shortId() {
            return id.substring(0, 12);
        }

        public boolean held() {
            return DeliveryStore.HELD.equals(status);
        }
    }

    /** Every delivery, by source, period and arrival; only held ones when {@code heldOnly}. */
    public List<Delivery> deliveries(boolean heldOnly) {
        return jdbc.query("""
                SELECT l.id, l.bron, l.periode, l.status, l.aangemaakt, COALESCE(l.regels_gelezen, 0),
                       COALESCE(l.regels_geimporteerd, 0), COALESCE(l.regels_afgewezen, 0), b.besluit, b.reden, b.wie
                FROM leveringen l
                LEFT JOIN leveringsbesluiten b ON b.id = (SELECT MAX(id) FROM leveringsbesluiten WHERE levering_id = l.id)
                """ + (heldOnly ? "WHERE l.status = 'GEBLOKKEERD' " : "") + "ORDER BY l.bron, l.periode, l.aangemaakt",
                (rs, i) -> new Delivery(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDateTime.class), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getString(9),
                        rs.getString(10), rs.getString(11)));
    }

    /** Accepts a held delivery; moves its folder from the inbox's failed/ to archive/ when it lies there. */
    @Transactional
    public String accept(String idOrPrefix, String reason, String who) {
        DeliverySummary delivery = held(idOrPrefix);
        decide(delivery, DeliveryStore.ACCEPTED, reason, who);
        return failedFolder(delivery).map(failed -> {
            Path archive = failed.getParent().getParent().getParent().resolve(Inbox.ARCHIVE)
                    .resolve(failed.getParent().getFileName()).resolve(failed.getFileName());
            try {
                Files.createDirectories(archive.getParent());
                Files.move(failed, archive, StandardCopyOption.ATOMIC_MOVE);
                return " De map staat nu in " + archive + ".";
            } catch (IOException e) {
                return " De map in " + failed + " kon niet naar archive/ worden verplaatst: " + e.getMessage();
            }
        }).orElse("");
    }

    /**
     * Rejects a held delivery: it stays recorded, with the reason, as refused, and its records stop counting. Every
     * record it made current becomes history, and every record it replaced is current again, so the figures are as
     * they were before it came in; nothing is deleted. Refused when a later delivery already replaced some of its
     * records: reject that one first.
     *
     * @return how many records were withdrawn and how many earlier versions restored
     */
    @Transactional
    public String reject(String idOrPrefix, String reason, String who) {
        DeliverySummary delivery = held(idOrPrefix);
        for (CanonicalEntity entity : CanonicalEntity.values()) {
            List<String> later = withdrawal.laterReplacements(delivery.id(), entity);
            if (!later.isEmpty()) {
                throw new IllegalArgumentException("Levering " + delivery.shortId() + " kan niet worden afgewezen: "
                        + "levering " + String.join(", ", later) + " heeft al records uit " + entity.fileName()
                        + " vervangen. Wijs eerst die levering af. / Delivery " + delivery.shortId() + " cannot be "
                        + "rejected: delivery " + String.join(", ", later) + " replaced some of its records in "
                        + entity.fileName() + ". Reject that delivery first.");
            }
        }
        decide(delivery, DeliveryStore.REFUSED, reason, who);
        DeliveryWithdrawal.Withdrawn withdrawn = withdrawal.withdraw(delivery.id());
        return "Ingetrokken: " + withdrawn.records() + " records van deze levering; hersteld: " + withdrawn.restored()
                + " eerdere versies. / Withdrawn: " + withdrawn.records() + " records of this delivery; restored: "
                + withdrawn.restored() + " earlier versions.";
    }

    private DeliverySummary held(String idOrPrefix) {
        DeliverySummary delivery = store.find(idOrPrefix).orElseThrow(() -> new IllegalArgumentException(
                "Geen levering gevonden met id " + idOrPrefix + "; zie 'deliveries'. / No delivery " + idOrPrefix + "."));
        if (!DeliveryStore.HELD.equals(delivery.status())) {
            throw new IllegalArgumentException("Levering " + delivery.shortId() + " is " + delivery.status()
                    + ", niet geblokkeerd; alleen over een geblokkeerde levering valt te beslissen. / Delivery "
                    + delivery.shortId() + " is not held.");
        }
        return delivery;
    }

    private void decide(DeliverySummary delivery, String status, String reason, String who) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Geef een reden met --reason. / Give a reason with --reason.");
        }
        jdbc.update("UPDATE leveringen SET status = ? WHERE id = ? AND status = ?", status, delivery.id(),
                DeliveryStore.HELD);
        jdbc.update("INSERT INTO leveringsbesluiten (levering_id, besluit, reden, wie, tijdstip) VALUES (?, ?, ?, ?, ?)",
                delivery.id(), status, reason.trim(), who,
                Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))));
    }

    /** Where the inbox put a held delivery: {@code <inbox>/failed/<source>/<name>} beside its original place. */
    private static Optional<Path> failedFolder(DeliverySummary delivery) {
        Path original = Path.of(delivery.folder());
        if (original.getParent() == null || original.getParent().getParent() == null) {
            return Optional.empty();
        }
        Path failed = original.getParent().getParent().resolve(Inbox.FAILED).resolve(original.getParent().getFileName())
                .resolve(original.getFileName());
        return Files.isDirectory(failed) ? Optional.of(failed) : Optional.empty();
    }
}
