package nl.participatiemonitor.source;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads what an import stored and what an indicator run computed, as text rows for assertions. */
final class SourceFigures {

    private final JdbcTemplate jdbc;

    SourceFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The columns of every row of the query joined with '|', null written as "null". */
    List<String> rows(String sql, Object... arguments) {
        return jdbc.query(sql, (rs, i) -> {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.append(c > 1 ? "|" : "").append(rs.getString(c));
            }
            return row.toString();
        }, arguments);
    }

    /** An indicator total of a run as "teller/noemer" for a ratio, or its value for a count. */
    String figure(long runId, String period, String municipality, String indicator) {
        return figure(runId, period, municipality, indicator, "");
    }

    String figure(long runId, String period, String municipality, String indicator, String dimension) {
        List<String> figures = jdbc.query("""
                SELECT teller, noemer, waarde FROM indicatorwaarden
                WHERE run_id = ? AND periode = ? AND gemeente_code = ? AND indicator = ? AND dimensie = ?""",
                (rs, i) -> rs.getObject(2) != null && !indicator.startsWith("C3")
                        ? rs.getLong(1) + "/" + rs.getLong(2)
                        : rs.getBigDecimal(3).stripTrailingZeros().toPlainString(),
                runId, period, municipality, indicator, dimension);
        return figures.isEmpty() ? "(none)" : figures.get(0);
    }

    /** Every figure of a run for the given period, without the run id: what two runs must agree on. */
    List<String> allFigures(long runId, String period) {
        return rows("""
                SELECT gemeente_code, indicator, dimensie, teller, noemer, waarde FROM indicatorwaarden
                WHERE run_id = ? AND periode = ? ORDER BY gemeente_code, indicator, dimensie""", runId, period);
    }
}
