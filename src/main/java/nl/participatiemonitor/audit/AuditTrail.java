package nl.participatiemonitor.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * The audit trail: every controller action and every publication, appended as a row chained with an HMAC
 * whose key is kept outside the database. Rows are only ever inserted (the database login needs no more than
 * INSERT and SELECT on the table); {@link #verify(List)} recomputes the chain and names the first row that was
 * changed, inserted or removed behind the application's back, and checks the heads anchored in the archive's
 * manifests, so a rewritten or shortened chain is found as well.
 */
@Service
public class AuditTrail {

    /**
     * Serialises appends across processes, so ids are consecutive and each row links to its true predecessor.
     * Named locks are server-wide, so the lock name carries the database.
     */
    private static final String LOCK = "CONCAT('pm-audit-', DATABASE())";

    private static final RowMapper<AuditEntry> ENTRY = (rs, i) -> new AuditEntry(rs.getLong("id"),
            rs.getObject("tijdstip", LocalDateTime.class), rs.getString("wie"), rs.getString("actie"),
            rs.getString("parameters"), rs.getString("resultaat"), rs.getString("vorige_hash"), rs.getString("hash"));

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditKey key;

    AuditTrail(DataSource dataSource, JdbcTemplate jdbc, Clock clock, AuditKey key) {
        this.key = key;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends one row and returns it. */
    public AuditEntry record(String who, String action, String parameters, String result) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
        String actor = clip(who, 100);
        String what = clip(action, 200);
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection, "GET_LOCK(" + LOCK + ", 30)")) {
                throw new IllegalStateException("The audit trail stayed locked for 30 s; nothing was recorded");
            }
            try {
                long id = 1;
                String previous = ChainHash.GENESIS;
                try (PreparedStatement last = connection.prepareStatement(
                        "SELECT id, hash FROM audit_trail ORDER BY id DESC LIMIT 1");
                        ResultSet row = last.executeQuery()) {
                    if (row.next()) {
                        id = row.getLong(1) + 1;
                        previous = row.getString(2);
                    }
                }
                AuditEntry entry = new AuditEntry(id, now, actor, what, parameters, result, previous,
                        ChainHash.of(key.bytes(), previous, id, now, actor, what, parameters, result));
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO audit_trail (id, tijdstip, wie, actie, parameters, resultaat, vorige_hash, hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    insert.setLong(1, id);
                    insert.setObject(2, now);
                    insert.setString(3, actor);
                    insert.setString(4, what);
                    insert.setString(5, parameters);
                    insert.setString(6, result);
                    insert.setString(7, previous);
                    insert.setString(8, entry.hash());
                    insert.executeUpdate();
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                return entry;
            } finally {
                lock(connection, "RELEASE_LOCK(" + LOCK + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be written: " + e.getMessage(), e);
        }
    }

    /** The rows from {@code since} (UTC) on, or all, oldest first. */
    public List<AuditEntry> list(Optional<LocalDateTime> since) {
        return since.map(s -> jdbc.query("SELECT * FROM audit_trail WHERE tijdstip >= ? ORDER BY id", ENTRY, s))
                .orElseGet(() -> jdbc.query("SELECT * FROM audit_trail ORDER BY id", ENTRY));
    }

    /** The last row of the trail, as anchored outside the database (in each archive manifest). */
    public record Head(long id, String hash) {
    }

    /** The last row now, or empty when the trail is empty. */
    public Optional<Head> head() {
        return jdbc.query("SELECT id, hash FROM audit_trail ORDER BY id DESC LIMIT 1",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2))).stream().findFirst();
    }

    /** A head recorded outside the database, and where: a manifest's path, say. */
    public record Anchor(String where, Head head) {
    }

    /** What {@link #verify()} found: how many rows it checked, and the first that does not fit the chain. */
    public record Verification(long rows, Optional<Break> firstBreak) {

        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** A row that does not fit: its id and why, in Dutch and English. */
    public record Break(long id, String dutch, String english) {
    }

    /** Recomputes every row's hash and link, in id order, and stops at the first that does not fit. */
    public Verification verify() {
        return verify(List.of());
    }

    /**
     * Recomputes every row's keyed hash and link, in id order, and stops at the first that does not fit; then
     * checks that every anchor (a head recorded outside the database) is still a row of the chain with the same
     * hash, so a chain rewritten with the key, or shortened from its end, is found too.
     */
    public Verification verify(List<Anchor> anchors) {
        byte[] secret = key.bytes();
        long[] rows = {0};
        Break[] first = {null};
        String[] previousHash = {ChainHash.GENESIS};
        long[] expectedId = {1};
        jdbc.query("SELECT * FROM audit_trail ORDER BY id", rs -> {
            if (first[0] != null) {
                return;
            }
            AuditEntry entry = ENTRY.mapRow(rs, 0);
            rows[0]++;
            if (entry.id() != expectedId[0]) {
                first[0] = new Break(entry.id(), "rij " + expectedId[0] + " ontbreekt (verwijderd) vóór rij " + entry.id(),
                        "row " + expectedId[0] + " is missing (deleted) before row " + entry.id());
            } else if (!entry.previousHash().equals(previousHash[0])) {
                first[0] = new Break(entry.id(), "rij " + entry.id() + " verwijst niet naar de hash van de rij ervoor",
                        "row " + entry.id() + " does not link to the hash of the row before it");
            } else if (!entry.hash().equals(entry.expectedHash(secret, key.unkeyedRows()))) {
                first[0] = new Break(entry.id(), "rij " + entry.id() + " is gewijzigd: de inhoud past niet bij de hash",
                        "row " + entry.id() + " was altered: its content does not match its hash");
            }
            previousHash[0] = entry.hash();
            expectedId[0] = entry.id() + 1;
        });
        if (first[0] == null) {
            first[0] = anchorBreak(anchors);
        }
        return new Verification(rows[0], Optional.ofNullable(first[0]));
    }

    /** The first anchor whose row is gone or has another hash, as a break; null when all anchors hold. */
    private Break anchorBreak(List<Anchor> anchors) {
        for (Anchor anchor : anchors) {
            List<String> hash = jdbc.queryForList("SELECT hash FROM audit_trail WHERE id = ?", String.class,
                    anchor.head().id());
            if (hash.isEmpty()) {
                return new Break(anchor.head().id(), "rij " + anchor.head().id() + " ontbreekt, maar " + anchor.where()
                        + " legde hem vast: het auditspoor is ingekort", "row " + anchor.head().id() + " is missing, but "
                        + anchor.where() + " recorded it: the audit trail was shortened");
            }
            if (!hash.get(0).equals(anchor.head().hash())) {
                return new Break(anchor.head().id(), "rij " + anchor.head().id() + " heeft een andere hash dan "
                        + anchor.where() + " vastlegde: het auditspoor is herschreven", "row " + anchor.head().id()
                        + " has another hash than " + anchor.where() + " recorded: the audit trail was rewritten");
            }
        }
        return null;
    }

    private static boolean lock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function)) {
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
