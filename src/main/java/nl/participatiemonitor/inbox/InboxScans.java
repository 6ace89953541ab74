package nl.participatiemonitor.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the inbox saw of each delivery folder at earlier collections ({@code inbox_scans}). */
@Repository
class InboxScans {

    private final JdbcTemplate jdbc;

    InboxScans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A folder's listing and since when it has been seen unchanged, with the import attempts that failed on it. */
    record Scan(String listing, Instant since, int failedAttempts) {
    }

    /**
     * Records the folder's current {@code listing} at {@code now} and returns the scan as it stands: unchanged since
     * an earlier collection, or new from now on (a changed listing starts again, and so do its attempts).
     */
    Scan see(String inbox, String source, String folder, String listing, Instant now) {
        jdbc.update("""
                INSERT INTO inbox_scans (inbox, bron, map, lijst, gezien_op, pogingen) VALUES (?, ?, ?, ?, ?, 0)
                ON DUPLICATE KEY UPDATE pogingen = IF(lijst = VALUES(lijst), pogingen, 0),
                    gezien_op = IF(lijst = VALUES(lijst), gezien_op, VALUES(gezien_op)), lijst = VALUES(lijst)""",
                inbox, source, folder, listing, Timestamp.from(now));
        List<Scan> scans = jdbc.query("SELECT lijst, gezien_op, pogingen FROM inbox_scans WHERE inbox = ? AND bron = ? "
                + "AND map = ?", (rs, i) -> new Scan(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)),
                inbox, source, folder);
        return scans.get(0);
    }

    /** Counts an import of the folder that stopped on an error; returns how many have. */
    int failed(String inbox, String source, String folder, Instant now) {
        // A delivery with a READY marker was never listed: its row starts here.
        jdbc.update("""
                INSERT INTO inbox_scans (inbox, bron, map, lijst, gezien_op, pogingen) VALUES (?, ?, ?, '', ?, 1)
                ON DUPLICATE KEY UPDATE pogingen = pogingen + 1""", inbox, source, folder, Timestamp.from(now));
        return jdbc.queryForObject("SELECT pogingen FROM inbox_scans WHERE inbox = ? AND bron = ? AND map = ?",
                Integer.class, inbox, source, folder);
    }

    /** Forgets a folder that left the inbox (archived or failed). */
    void forget(String inbox, String source, String folder) {
        jdbc.update("DELETE FROM inbox_scans WHERE inbox = ? AND bron = ? AND map = ?", inbox, source, folder);
    }
}
