package nl.participatiemonitor.ingest;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a delivery's records out of the figures without deleting anything: every record it made current becomes
 * history, and every record it replaced is current again, so the figures are as they were before it came in. The one
 * place besides the import that changes which version of a record is current.
 */
@Component
public class DeliveryWithdrawal {

    private final JdbcTemplate jdbc;

    DeliveryWithdrawal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a withdrawal changed: records of the delivery made history, earlier versions made current again. */
    public record Withdrawn(long records, long restored) {
    }

    /** The (short ids of) later deliveries that already replaced some of this delivery's records in {@code entity}. */
    public List<String> laterReplacements(String deliveryId, CanonicalEntity entity) {
        return jdbc.queryForList("SELECT DISTINCT LEFT(vervangen_door, 12) FROM " + entity.fileName()
                + " WHERE levering_id = ? AND actueel IS NULL AND vervangen_door <> levering_id ORDER BY 1",
                String.class, deliveryId);
    }

    /** Withdraws the delivery's current records and restores what they replaced, in the caller's transaction. */
    @Transactional
    public Withdrawn withdraw(String deliveryId) {
        long withdrawn = 0;
        long restored = 0;
        for (CanonicalEntity entity : CanonicalEntity.values()) {
            String table = entity.fileName();
            // Its own versions first, so the earlier ones can be current again under the unique (bron, sleutel, actueel).
            withdrawn += jdbc.update("UPDATE " + table + " SET actueel = NULL, vervangen_door = levering_id "
                    + "WHERE levering_id = ? AND actueel = 1", deliveryId);
            restored += jdbc.update("UPDATE " + table + " SET actueel = 1, vervangen_door = NULL "
                    + "WHERE vervangen_door = ? AND levering_id <> ?", deliveryId, deliveryId);
        }
        return new Withdrawn(withdrawn, restored);
    }
}
