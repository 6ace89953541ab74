package nl.participatiemonitor.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads back what an import stored, for assertions. */
public final class Tables {

    public static final List<String> ENTITIES = List.of("organisaties", "gr_lidmaatschappen", "clienten", "contacten",
            "klachten", "adviesorganen", "adviesorgaan_dekking", "adviezen", "advies_reacties");

    private final JdbcTemplate jdbc;

    public Tables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Current versions per entity table. */
    public Map<String, Integer> currentCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : ENTITIES) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table + " WHERE actueel = 1"));
        }
        return counts;
    }

    public int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    /**
     * Every version of every entity record as text, without the generated ids: what two imports must
     * agree on to have stored "exactly the same rows".
     */
    public List<String> contents() {
        List<String> rows = new java.util.ArrayList<>();
        for (String table : ENTITIES) {
            rows.addAll(jdbc.query("SELECT * FROM " + table + " ORDER BY bron, sleutel, regel", (rs, i) -> {
                StringBuilder row = new StringBuilder(table);
                for (int c = 2; c <= rs.getMetaData().getColumnCount(); c++) {
                    String column = rs.getMetaData().getColumnName(c);
                    if (!column.equals("bestand_id")) {
                        row.append('|').append(column).append('=').append(rs.getString(c));
                    }
                }
                return row.toString();
            }));
        }
        rows.addAll(jdbc.query("SELECT regel, kolom, waarde, reden FROM afwijzingen ORDER BY regel, id",
                (rs, i) -> "afwijzing|" + rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4)));
        return rows;
    }
}
