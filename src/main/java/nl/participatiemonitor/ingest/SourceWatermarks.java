package nl.participatiemonitor.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Per database source, up to when its changes have been imported ({@code bron_watermerken}). */
@Repository
public class SourceWatermarks {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SourceWatermarks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The {@code :until} of the source's last completed run, if it ever completed one. */
    public Optional<LocalDateTime> of(String source) {
        return jdbc.queryForList("SELECT tot FROM bron_watermerken WHERE bron = ?", Timestamp.class, source).stream()
                .findFirst().map(Timestamp::toLocalDateTime);
    }

    /** Moves the watermark after the import of everything changed up to {@code until} completed. */
    void advance(String source, LocalDateTime until, String deliveryId) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.update("""
                INSERT INTO bron_watermerken (bron, tot, levering_id, bijgewerkt) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE tot = VALUES(tot), levering_id = VALUES(levering_id), bijgewerkt = VALUES(bijgewerkt)""",
                source, Timestamp.valueOf(until), deliveryId, now);
    }
}
