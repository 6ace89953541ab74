package nl.participatiemonitor.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores a chunk of checked rows in one transaction, with set-based statements only: the valid rows
 * become the current version of their natural key (the version they replace stays, marked as
 * history), and rejected rows go to the reject list. Checks that need the database are made here for
 * the whole chunk at once: a key delivered twice in one delivery, and a contact of an unknown client.
 */
class VersionWriter implements ItemWriter<CheckedRow> {

    private final ImportFile file;
    private final JdbcTemplate jdbc;
    private final String table;
    private final String insert;

    VersionWriter(ImportFile file, JdbcTemplate jdbc) {
        this.file = file;
        this.jdbc = jdbc;
        if (file == null) {
            // The delivery has no file for this step's entity: the reader reads nothing, nothing is written.
            this.table = null;
            this.insert = null;
            return;
        }
        this.table = file.entity().fileName();
        List<String> columns = file.entity().fields().stream().map(FieldSpec::column).toList();
        this.insert = "INSERT INTO " + table + " (bron, sleutel, actueel, levering_id, bestand_id, regel, "
                + String.join(", ", columns) + ") VALUES (?, ?, 1, ?, ?, ?"
                + ", ?".repeat(columns.size()) + ")";
    }

    @Override
    public void write(Chunk<? extends CheckedRow> chunk) {
        List<CheckedRow.Rejected> rejected = new ArrayList<>();
        Map<String, CheckedRow.Valid> valid = new LinkedHashMap<>();
        for (CheckedRow row : chunk) {
            if (row instanceof CheckedRow.Valid v) {
                CheckedRow.Valid first = valid.putIfAbsent(v.key(), v);
                if (first != null) {
                    rejected.add(duplicate(v, first.line()));
                }
            } else {
                rejected.add((CheckedRow.Rejected) row);
            }
        }
        Map<String, CurrentVersion> current = currentVersions(valid.keySet());
        for (CurrentVersion version : current.values()) {
            if (version.deliveryId().equals(file.deliveryId())) {
                rejected.add(duplicate(valid.remove(version.key()), version.line()));
            }
        }
        if (file.entity() == CanonicalEntity.CONTACTEN) {
            rejectUnknownClients(valid, rejected);
        }
        List<Long> replaced = current.values().stream()
                .filter(v -> valid.containsKey(v.key())).map(CurrentVersion::id).toList();
        if (!replaced.isEmpty()) {
            jdbc.update("UPDATE " + table + " SET actueel = NULL, vervangen_door = ? WHERE id IN ("
                    + placeholders(replaced.size()) + ")", prepend(file.deliveryId(), replaced));
        }
        jdbc.batchUpdate(insert, valid.values().stream().map(this::insertArguments).toList());
        jdbc.batchUpdate("""
                INSERT INTO afwijzingen (levering_id, bestand_id, regel, kolom, waarde, reden, reden_en)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                rejected.stream().flatMap(r -> r.problems().stream().map(p -> new Object[] {
                        file.deliveryId(), file.fileId(), r.line(), p.column(), truncate(p.value(), 255),
                        truncate(p.dutch(), 1000), truncate(p.english(), 1000)})).toList());
    }

    private record CurrentVersion(long id, String key, String deliveryId, long line) {
    }

    private Map<String, CurrentVersion> currentVersions(Set<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, CurrentVersion> versions = new HashMap<>();
        jdbc.query("SELECT id, sleutel, levering_id, regel FROM " + table
                        + " WHERE bron = ? AND actueel = 1 AND sleutel IN (" + placeholders(keys.size()) + ")",
                rs -> {
                    versions.put(rs.getString(2),
                            new CurrentVersion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                },
                prepend(file.source(), keys));
        return versions;
    }

    /** A contact is attributed through its client, so a contact of a client nobody delivered cannot count. */
    private void rejectUnknownClients(Map<String, CheckedRow.Valid> valid, List<CheckedRow.Rejected> rejected) {
        int clientColumn = file.entity().fields().indexOf(file.entity().fields().stream()
                .filter(f -> f.type() == FieldType.CLIENT).findFirst().orElseThrow());
        Set<String> clients = valid.values().stream().map(v -> (String) v.values()[clientColumn])
                .collect(Collectors.toSet());
        if (clients.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>(jdbc.queryForList("SELECT DISTINCT client_pseudoniem FROM clienten "
                + "WHERE actueel = 1 AND client_pseudoniem IN (" + placeholders(clients.size()) + ")",
                String.class, clients.toArray()));
        valid.values().removeIf(v -> {
            String client = (String) v.values()[clientColumn];
            if (known.contains(client)) {
                return false;
            }
            rejected.add(new CheckedRow.Rejected(v.line(), List.of(new Problem("client_id",
                    Pseudonymiser.shown(client),
                    "Deze cliënt is niet bekend. Lever de cliënt aan in clienten (van deze of een andere bron) en lever "
                            + "het contact opnieuw aan.",
                    "This client is not known. Deliver the client in clienten (from this or another source) and "
                            + "deliver the contact again."))));
            return true;
        });
    }

    private CheckedRow.Rejected duplicate(CheckedRow.Valid row, long firstLine) {
        return new CheckedRow.Rejected(row.line(), List.of(new Problem(file.entity().key().get(0), row.shownKey(),
                "Dezelfde sleutel (" + row.shownKey() + ") staat al op regel " + firstLine
                        + " van deze levering. Lever elk record één keer per levering aan.",
                "The same key (" + row.shownKey() + ") is already on line " + firstLine
                        + " of this delivery. Deliver each record once per delivery.")));
    }

    private Object[] insertArguments(CheckedRow.Valid row) {
        Object[] values = row.values();
        Object[] arguments = new Object[5 + values.length];
        arguments[0] = file.source();
        arguments[1] = row.key();
        arguments[2] = file.deliveryId();
        arguments[3] = file.fileId();
        arguments[4] = row.line();
        System.arraycopy(values, 0, arguments, 5, values.length);
        return arguments;
    }

    private static Object[] prepend(Object first, java.util.Collection<?> rest) {
        List<Object> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
