package nl.participatiemonitor.ingest;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.participatiemonitor.source.SourceDefinition;
import nl.participatiemonitor.source.SourceDefinitions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Deliveries, their files and their rejected lines as stored in MariaDB. */
@Repository
public class DeliveryStore {

    /** Status of a delivery or a file. */
    public static final String BUSY = "BEZIG";
    public static final String ACCEPTED = "GEACCEPTEERD";
    public static final String HELD = "GEBLOKKEERD";
    public static final String REFUSED = "GEWEIGERD";
    static final String TO_IMPORT = "TE_IMPORTEREN";
    static final String IMPORTED = "GEIMPORTEERD";

    /** The length of the message and ignored-columns columns of leveringsbestanden. */
    static final int MESSAGE_LENGTH = 2000;

    /** At most this many ignored column names are listed; the rest are counted. */
    static final int IGNORED_COLUMNS_LISTED = 20;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SourceDefinitions definitions;
    private final ApplicationEventPublisher events;

    DeliveryStore(JdbcTemplate jdbc, Clock clock, SourceDefinitions definitions, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.definitions = definitions;
    }

    /** Records a delivery and its files once; registering it again only updates where it lies now. */
    @Transactional
    public void register(DeliveryFolder delivery, double maxRejectShare) {
        int inserted = jdbc.update("""
                INSERT IGNORE INTO leveringen (id, bron, periode, omschrijving, map, aangemaakt, status, max_afwijzing,
                    bron_definitie)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                delivery.id(), delivery.source(), delivery.period(), delivery.description(),
                delivery.folder().toAbsolutePath().toString(), Timestamp.from(Instant.now(clock)), BUSY, maxRejectShare,
                delivery.definition() == null ? null : delivery.definition().fingerprint());
        if (inserted == 0) {
            jdbc.update("UPDATE leveringen SET map = ? WHERE id = ?",
                    delivery.folder().toAbsolutePath().toString(), delivery.id());
            return;
        }
        for (DeliveryFolder.DeliveredFile file : delivery.files()) {
            DeliveryFolder.Refusal refusal = file.refusal();
            jdbc.update("""
                    INSERT INTO leveringsbestanden (levering_id, naam, entiteit, sha256, bytes, status, melding, melding_en)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    delivery.id(), file.name(), file.entity().map(CanonicalEntity::fileName).orElse(null),
                    file.sha256(), file.bytes(), refusal == null ? TO_IMPORT : REFUSED,
                    refusal == null ? null : bounded(refusal.dutch(), MESSAGE_LENGTH),
                    refusal == null ? null : bounded(refusal.english(), MESSAGE_LENGTH));
        }
    }

    void refuseFile(long fileId, String dutch, String english) {
        jdbc.update("UPDATE leveringsbestanden SET status = ?, melding = ?, melding_en = ? WHERE id = ?",
                REFUSED, bounded(dutch, MESSAGE_LENGTH), bounded(english, MESSAGE_LENGTH), fileId);
    }

    /**
     * Notes the columns a file has beyond what is read, as a summary that always fits its column: the first
     * names (each shortened when long) and how many more there are. A file may have any number of columns.
     */
    void noteIgnoredColumns(long fileId, List<String> columns) {
        jdbc.update("UPDATE leveringsbestanden SET genegeerde_kolommen = ? WHERE id = ?",
                columns.isEmpty() ? null : ignoredColumnsSummary(columns), fileId);
    }

    static String ignoredColumnsSummary(List<String> columns) {
        StringBuilder summary = new StringBuilder();
        int listed = 0;
        for (String column : columns) {
            String name = column.length() <= 40 ? column : column.substring(0, 37) + "...";
            if (listed == IGNORED_COLUMNS_LISTED || summary.length() + name.length() > MESSAGE_LENGTH - 100) {
                break;
            }
            summary.append(listed == 0 ? "" : ", ").append(name);
            listed++;
        }
        int more = columns.size() - listed;
        if (more > 0) {
            summary.append(" ... en nog ").append(more).append(" / and ").append(more).append(" more (")
                    .append(columns.size()).append(" in totaal / in total)");
        }
        return summary.toString();
    }

    private static String bounded(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 3) + "...";
    }

    /** The file rows of a delivery still to be checked or imported. */
    List<ImportFile> filesToImport(String deliveryId) {
        return jdbc.query("""
                SELECT f.id, f.naam, f.sha256, f.entiteit, l.bron, l.map, l.bron_definitie FROM leveringsbestanden f
                JOIN leveringen l ON l.id = f.levering_id
                WHERE f.levering_id = ? AND f.status = ? ORDER BY f.naam""",
                (rs, i) -> new ImportFile(deliveryId, rs.getString("bron"), rs.getLong("id"), rs.getString("naam"),
                        Path.of(rs.getString("map")).resolve(rs.getString("naam")), rs.getString("sha256"),
                        rs.getString("entiteit") == null ? null
                                : CanonicalEntity.forFileName(rs.getString("entiteit")).orElseThrow(),
                        definition(rs.getString("bron"), rs.getString("bron_definitie"))),
                deliveryId, TO_IMPORT);
    }

    /** The source definition a delivery was registered with; it must not have changed since. */
    private SourceDefinition definition(String source, String fingerprint) {
        if (fingerprint == null) {
            return null;
        }
        return definitions.find(source).filter(d -> d.fingerprint().equals(fingerprint)).orElseThrow(() ->
                new IllegalStateException("De brondefinitie van bron " + source + " is gewijzigd of verwijderd sinds deze "
                        + "levering werd geregistreerd; importeer de bestanden opnieuw (met de huidige definitie wordt "
                        + "het een nieuwe levering). / The source definition of source " + source + " changed or was "
                        + "removed since this delivery was registered; import the files again (with the current "
                        + "definition it becomes a new delivery)."));
    }

    /** The one importable file of the delivery for an entity, if any. */
    Optional<ImportFile> fileToImport(String deliveryId, CanonicalEntity entity) {
        return filesToImport(deliveryId).stream().filter(f -> f.entity() == entity).findFirst();
    }

    void fileRead(long fileId, long read) {
        jdbc.update("UPDATE leveringsbestanden SET regels_gelezen = ? WHERE id = ?", read, fileId);
    }

    /**
     * Counts what the database holds of the file and marks it imported.
     *
     * @throws IllegalStateException when read, imported and rejected lines do not add up: a bug, never
     *     to be published as a count
     */
    void fileImported(ImportFile file) {
        long read = jdbc.queryForObject("SELECT COALESCE(regels_gelezen, 0) FROM leveringsbestanden WHERE id = ?",
                Long.class, file.fileId());
        long imported = jdbc.queryForObject("SELECT COUNT(*) FROM " + file.entity().fileName()
                + " WHERE levering_id = ? AND bestand_id = ?", Long.class, file.deliveryId(), file.fileId());
        long rejected = jdbc.queryForObject("SELECT COUNT(DISTINCT regel) FROM afwijzingen WHERE bestand_id = ?",
                Long.class, file.fileId());
        if (read != imported + rejected) {
            throw new IllegalStateException(file.name() + ": " + read + " lines read, but " + imported + " imported and "
                    + rejected + " rejected; the counts must add up");
        }
        jdbc.update("""
                UPDATE leveringsbestanden SET status = ?, regels_geimporteerd = ?, regels_afgewezen = ? WHERE id = ?""",
                IMPORTED, imported, rejected, file.fileId());
    }

    /** Adds up the files and decides: accepted, held (reject share above the maximum) or refused (nothing read). */
    @Transactional
    public void complete(String deliveryId) {
        jdbc.update("""
                UPDATE leveringen l JOIN (
                    SELECT levering_id, SUM(COALESCE(regels_gelezen, 0)) gelezen,
                           SUM(COALESCE(regels_geimporteerd, 0)) geimporteerd, SUM(COALESCE(regels_afgewezen, 0)) afgewezen,
                           SUM(status = 'GEIMPORTEERD') bestanden
                    FROM leveringsbestanden WHERE levering_id = ? GROUP BY levering_id) f ON f.levering_id = l.id
                SET l.regels_gelezen = f.gelezen, l.regels_geimporteerd = f.geimporteerd, l.regels_afgewezen = f.afgewezen,
                    l.status = CASE WHEN f.bestanden = 0 THEN 'GEWEIGERD'
                                    WHEN f.gelezen > 0 AND f.afgewezen / f.gelezen > l.max_afwijzing THEN 'GEBLOKKEERD'
                                    ELSE 'GEACCEPTEERD' END,
                    l.afgerond = ?
                WHERE l.id = ?""", deliveryId, Timestamp.from(Instant.now(clock)), deliveryId);
        // In this transaction, so what listens (the controllers' alerts) is recorded with the status or not at all.
        events.publishEvent(new DeliveryCompleted(deliveryId));
    }

    /**
     * Refuses a delivery whose import could not finish on its own input (a file changed while it was read): the file
     * is marked refused with the reason and the delivery GEWEIGERD, so it stops being an unfinished import.
     */
    @Transactional
    public void refuseUnfinished(String deliveryId, String fileName, String dutch, String english) {
        jdbc.update("UPDATE leveringsbestanden SET status = ?, melding = ?, melding_en = ? WHERE levering_id = ? AND naam = ?",
                REFUSED, dutch, english, deliveryId, fileName);
        jdbc.update("UPDATE leveringen SET status = ?, afgerond = ? WHERE id = ? AND status = ?", REFUSED,
                Timestamp.from(Instant.now(clock)), deliveryId, BUSY);
    }

    /** The delivery whose id is {@code idOrPrefix} or starts with it (at least 8 characters, like a git hash). */
    public Optional<DeliverySummary> find(String idOrPrefix) {
        if (idOrPrefix.length() < 8) {
            return Optional.empty();
        }
        List<String> ids = jdbc.queryForList("SELECT id FROM leveringen WHERE id LIKE ? LIMIT 2", String.class,
                idOrPrefix.toLowerCase(java.util.Locale.ROOT) + "%");
        return ids.size() == 1 ? Optional.of(summary(ids.get(0))) : Optional.empty();
    }

    public DeliverySummary summary(String deliveryId) {
        List<DeliverySummary.FileSummary> files = jdbc.query("""
                SELECT naam, status, melding, melding_en, genegeerde_kolommen, regels_gelezen, regels_geimporteerd,
                       regels_afgewezen FROM leveringsbestanden WHERE levering_id = ? ORDER BY id""",
                (rs, i) -> new DeliverySummary.FileSummary(rs.getString("naam"), rs.getString("status"),
                        rs.getString("melding"), rs.getString("melding_en"), rs.getString("genegeerde_kolommen"),
                        rs.getLong("regels_gelezen"), rs.getLong("regels_geimporteerd"), rs.getLong("regels_afgewezen")),
                deliveryId);
        return jdbc.queryForObject("""
                SELECT id, bron, periode, map, status, regels_gelezen, regels_geimporteerd, regels_afgewezen, max_afwijzing
                FROM leveringen WHERE id = ?""",
                (rs, i) -> new DeliverySummary(rs.getString("id"), rs.getString("bron"), rs.getString("periode"),
                        rs.getString("map"), rs.getString("status"), rs.getLong("regels_gelezen"),
                        rs.getLong("regels_geimporteerd"), rs.getLong("regels_afgewezen"), rs.getDouble("max_afwijzing"),
                        files),
                deliveryId);
    }

    /** How many records a snapshot delivery withdrew because it no longer held them (versions from no line). */
    public long withdrawn(String deliveryId) {
        long withdrawn = 0;
        for (String entity : jdbc.queryForList("SELECT DISTINCT entiteit FROM leveringsbestanden WHERE levering_id = ? "
                + "AND entiteit IS NOT NULL", String.class, deliveryId)) {
            CanonicalEntity table = CanonicalEntity.forFileName(entity).orElseThrow();
            withdrawn += jdbc.queryForObject("SELECT COUNT(*) FROM " + table.fileName()
                    + " WHERE levering_id = ? AND regel = 0", Long.class, deliveryId);
        }
        return withdrawn;
    }

    public Optional<String> status(String deliveryId) {
        return jdbc.queryForList("SELECT status FROM leveringen WHERE id = ?", String.class, deliveryId)
                .stream().findFirst();
    }

    /** The rejected lines of a delivery in file and line order, every reason of a line on its own row. */
    public List<RejectedLine> rejects(String deliveryId) {
        List<RejectedLine> lines = new java.util.ArrayList<>();
        rejects(deliveryId, lines::add);
        return lines;
    }

    /**
     * Streams the rejected lines of a delivery to {@code each} in file and line order, a page of rows at a
     * time, so a delivery with millions of rejects is listed in constant memory.
     */
    public void rejects(String deliveryId, java.util.function.Consumer<RejectedLine> each) {
        jdbc.query(connection -> {
            java.sql.PreparedStatement statement = connection.prepareStatement("""
                    SELECT f.naam, a.regel, a.kolom, a.waarde, a.reden, a.reden_en FROM afwijzingen a
                    JOIN leveringsbestanden f ON f.id = a.bestand_id
                    WHERE a.levering_id = ? ORDER BY f.naam, a.regel, a.id""",
                    java.sql.ResultSet.TYPE_FORWARD_ONLY, java.sql.ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(1000);
            statement.setString(1, deliveryId);
            return statement;
        }, (org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(new RejectedLine(rs.getString(1),
                rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))));
    }

    /** One reason why one line was not imported. */
    public record RejectedLine(String file, long line, String column, String value, String reason, String reasonEnglish) {
    }
}
