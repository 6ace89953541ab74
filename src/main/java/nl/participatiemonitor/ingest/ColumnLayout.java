package nl.participatiemonitor.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.participatiemonitor.source.SourceMapping;
import nl.participatiemonitor.source.SourceRow;

/**
 * Where each canonical column stands in a delivered file's header (names matched case-insensitively),
 * which columns the file lacks and which extra ones it has. A {@code bsn} column stands in for
 * {@code client_id} when the file has no client_id. A database extract of a source definition carries
 * the client as {@code client_pseudoniem}: pseudonymised before the extract was written.
 */
final class ColumnLayout {

    private final Map<String, Integer> positions;
    private final int width;
    private final boolean clientFromBsn;
    private final boolean clientPseudonymised;
    private final List<String> missing;
    private final List<String> extra;

    private ColumnLayout(Map<String, Integer> positions, int width, boolean clientFromBsn, boolean clientPseudonymised,
            List<String> missing, List<String> extra) {
        this.positions = positions;
        this.width = width;
        this.clientFromBsn = clientFromBsn;
        this.clientPseudonymised = clientPseudonymised;
        this.missing = missing;
        this.extra = extra;
    }

    /**
     * The layout of a file with {@code header}; {@code ownExtract} is true only for a database extract the
     * application wrote itself, the one place where {@code client_pseudoniem} is accepted.
     */
    static ColumnLayout of(CanonicalEntity entity, List<String> header, boolean ownExtract) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
        }
        boolean clientFromBsn = entity.hasClient() && !byName.containsKey("client_id") && byName.containsKey("bsn");
        boolean clientPseudonymised = ownExtract && entity.hasClient() && !byName.containsKey("client_id")
                && byName.containsKey(SourceMapping.CLIENT_PSEUDONYM);
        Map<String, Integer> positions = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (FieldSpec field : entity.fields()) {
            String column = field.type() != FieldType.CLIENT ? field.name()
                    : clientFromBsn ? "bsn" : clientPseudonymised ? SourceMapping.CLIENT_PSEUDONYM : field.name();
            Integer position = byName.get(column);
            if (position != null) {
                positions.put(field.name(), position);
            } else if (field.mandatory()) {
                missing.add(field.name());
            }
        }
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!positions.containsValue(i)) {
                extra.add(header.get(i));
            }
        }
        return new ColumnLayout(positions, header.size(), clientFromBsn, clientPseudonymised, missing, extra);
    }

    String value(SourceRow row, FieldSpec field) {
        Integer position = positions.get(field.name());
        return position == null ? "" : row.values().get(position);
    }

    int width() {
        return width;
    }

    boolean clientFromBsn() {
        return clientFromBsn;
    }

    /** Whether the client column holds pseudonyms already (a database extract), which are stored as they are. */
    boolean clientPseudonymised() {
        return clientPseudonymised;
    }

    /** Required columns the header lacks: the file cannot be imported. */
    List<String> missing() {
        return missing;
    }

    /** Header columns that are not canonical: ignored, and reported once. */
    List<String> extra() {
        return extra;
    }
}
