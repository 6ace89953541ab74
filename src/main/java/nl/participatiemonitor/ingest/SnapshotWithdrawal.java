package nl.participatiemonitor.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After a snapshot of a source has been imported: every record of that source (and of the municipalities
 * the snapshot is about) that was current but is not in the snapshot gets a new current version marked
 * withdrawn ({@code ingetrokken}); nothing is deleted and the earlier versions stay as history. Where the
 * entity has an end date that is still open, the withdrawal also ends it: a client's
 * {@code einde_uitkering}, a membership's or coverage's {@code geldig_tot}, set to the snapshot's date
 * (the end of its period, or the day of import when that is earlier), so figures for earlier periods do not
 * change. Other entities only carry the mark: a complaint or contact that happened stays counted.
 *
 * <p>A snapshot with rejected lines, or a held delivery, withdraws nothing: a record whose line was
 * rejected is not absent, and absence proves nothing in an incomplete snapshot.
 */
final class SnapshotWithdrawal {

    private static final Logger log = LoggerFactory.getLogger(SnapshotWithdrawal.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    SnapshotWithdrawal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Withdraws what the snapshot file no longer holds.
     *
     * @return the number of records withdrawn; -1 when the snapshot was incomplete and nothing was withdrawn
     */
    int afterSnapshot(ImportFile file, String period, String deliveryStatus, LocalDate importDay) {
        long rejected = jdbc.queryForObject("SELECT COALESCE(regels_afgewezen, 0) FROM leveringsbestanden WHERE id = ?",
                Long.class, file.fileId());
        if (rejected > 0 || DeliveryStore.HELD.equals(deliveryStatus)) {
            log.info("Snapshot {} of source {} has {} rejected lines: nothing is withdrawn", file.name(), file.source(),
                    rejected);
            return -1;
        }
        CanonicalEntity entity = file.entity();
        String table = entity.fileName();
        List<Object> arguments = new ArrayList<>(List.of(file.source(), file.deliveryId()));
        String scope = "";
        if (entity.columns().contains("gemeente_code")) {
            List<String> municipalities = file.definition().suppliesMunicipality()
                    ? List.of(file.definition().municipality())
                    : jdbc.queryForList("SELECT DISTINCT gemeente_code FROM " + table
                            + " WHERE levering_id = ? AND bestand_id = ?", String.class, file.deliveryId(), file.fileId());
            if (municipalities.isEmpty()) {
                return 0;
            }
            scope = " AND gemeente_code IN (" + placeholders(municipalities.size()) + ")";
            arguments.addAll(municipalities);
        }
        List<Long> absent = jdbc.queryForList("SELECT id FROM " + table + " WHERE bron = ? AND actueel = 1"
                + " AND levering_id <> ? AND ingetrokken IS NULL" + scope + " ORDER BY id", Long.class, arguments.toArray());
        LocalDate date = snapshotDate(period, importDay);
        List<String> columns = entity.fields().stream().map(FieldSpec::column).toList();
        String copied = columns.stream().map(c -> ended(entity, c)).collect(Collectors.joining(", "));
        for (int from = 0; from < absent.size(); from += BATCH) {
            List<Long> ids = absent.subList(from, Math.min(from + BATCH, absent.size()));
            List<Object> update = new ArrayList<>(List.of(file.deliveryId()));
            update.addAll(ids);
            jdbc.update("UPDATE " + table + " SET actueel = NULL, vervangen_door = ? WHERE id IN ("
                    + placeholders(ids.size()) + ")", update.toArray());
            List<Object> insert = new ArrayList<>(List.of(file.deliveryId(), file.fileId()));
            long dateArguments = columns.stream().filter(c -> !ended(entity, c).equals(c)).count();
            for (long i = 0; i < dateArguments; i++) {
                insert.add(date);
            }
            insert.add(date);
            insert.addAll(ids);
            jdbc.update("INSERT INTO " + table + " (bron, sleutel, actueel, levering_id, bestand_id, regel, "
                    + String.join(", ", columns) + ", ingetrokken) SELECT bron, sleutel, 1, ?, ?, 0, " + copied
                    + ", ? FROM " + table + " WHERE id IN (" + placeholders(ids.size()) + ")", insert.toArray());
        }
        log.info("Snapshot {} of source {}: {} {} records withdrawn as of {}", file.name(), file.source(), absent.size(),
                table, date);
        return absent.size();
    }

    /** The column as copied into the withdrawn version: an open end date is closed on the snapshot's date. */
    private static String ended(CanonicalEntity entity, String column) {
        return switch (entity) {
            case CLIENTEN -> column.equals("einde_uitkering")
                    ? "COALESCE(einde_uitkering, GREATEST(?, start_uitkering + INTERVAL 1 DAY))" : column;
            case GR_LIDMAATSCHAPPEN, ADVIESORGAAN_DEKKING -> column.equals("geldig_tot")
                    ? "COALESCE(geldig_tot, GREATEST(?, geldig_van + INTERVAL 1 DAY))" : column;
            default -> column;
        };
    }

    /** The end of the snapshot's period, or the day of import when that is earlier or the period unknown. */
    static LocalDate snapshotDate(String period, LocalDate importDay) {
        if (period == null) {
            return importDay;
        }
        int year = Integer.parseInt(period.substring(0, 4));
        String rest = period.length() > 4 ? period.substring(5) : "";
        YearMonth last;
        if (rest.isEmpty()) {
            last = YearMonth.of(year, 12);
        } else if (rest.startsWith("Q")) {
            last = YearMonth.of(year, Integer.parseInt(rest.substring(1)) * 3);
        } else if (rest.startsWith("H")) {
            last = YearMonth.of(year, Integer.parseInt(rest.substring(1)) * 6);
        } else {
            last = YearMonth.of(year, Integer.parseInt(rest));
        }
        LocalDate end = last.atEndOfMonth();
        return end.isBefore(importDay) ? end : importDay;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
