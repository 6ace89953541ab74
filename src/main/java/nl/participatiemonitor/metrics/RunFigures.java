package nl.participatiemonitor.metrics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the reports read of a finished run: a municipality's figures as the raad may see them (for the
 * run's period and the periods before it), its signals, the median of its size group, its status.
 */
@Component
public class RunFigures {

    private final JdbcTemplate jdbc;
    private final IndicatorFiles files;
    private final NormsFile norms;

    RunFigures(JdbcTemplate jdbc, IndicatorFiles files, NormsFile norms) {
        this.jdbc = jdbc;
        this.files = files;
        this.norms = norms;
    }

    /** Every figure of the run for the municipality, oldest period first, suppressed for the raad. */
    public List<ShownFigure> figures(long runId, String municipality) {
        return new IndicatorFiles.OpenData(norms).suppress(files.rows(runId, municipality));
    }

    /**
     * Every figure of the run's own period for all its municipalities, suppressed for the raad, in municipality and
     * catalogue order: one query for a report that sets the municipalities side by side.
     */
    public List<ShownFigure> periodFigures(long runId) {
        return new IndicatorFiles.OpenData(norms).suppress(files.rows(runId, period(runId)));
    }

    /** The signals of every municipality of the run, by municipality and signal. */
    public List<Signal> signals(long runId) {
        return jdbc.query("""
                SELECT gemeente_code, periode, signaal, indicator, dimensie, waarde, norm, normbron, tekst
                FROM signalen WHERE run_id = ? ORDER BY gemeente_code, signaal, dimensie""",
                (rs, i) -> new Signal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                runId);
    }

    /** The size groups of METRICS.md, smallest first, as {@code indicatorgroepsmedianen.groep} names them. */
    public static final List<String> SIZE_GROUPS = List.of("<500", "500-1999", "2000-9999", ">=10000");
    /** The number of clients (B1) from which each group after the first starts. */
    private static final List<Long> SIZE_GROUP_STARTS = List.of(500L, 2000L, 10000L);

    /** The size group of a municipality with {@code clients} clients (B1). */
    static String sizeGroup(long clients) {
        int group = 0;
        while (group < SIZE_GROUP_STARTS.size() && clients >= SIZE_GROUP_STARTS.get(group)) {
            group++;
        }
        return SIZE_GROUPS.get(group);
    }

    /** {@link #sizeGroup} as an SQL expression over the B1 value in {@code column}. */
    private static String sizeGroupSql(String column) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int group = 0; group < SIZE_GROUP_STARTS.size(); group++) {
            sql.append(" WHEN ").append(column).append(" < ").append(SIZE_GROUP_STARTS.get(group)).append(" THEN '")
                    .append(SIZE_GROUPS.get(group)).append('\'');
        }
        return sql.append(" ELSE '").append(SIZE_GROUPS.get(SIZE_GROUPS.size() - 1)).append("' END").toString();
    }

    /** A size group's median of one indicator in the run's period, over {@code municipalities} with a value. */
    public record GroupMedian(String group, Indicator indicator, BigDecimal median, int municipalities) {
    }

    /** Every group median of the run's own period, by group and indicator. */
    public List<GroupMedian> groupMedians(long runId) {
        return jdbc.query("""
                SELECT m.groep, m.indicator, m.mediaan, m.aantal FROM indicatorgroepsmedianen m
                JOIN indicatorruns r ON r.id = m.run_id AND r.periode = m.periode
                WHERE m.run_id = ? ORDER BY m.groep, m.indicator""",
                (rs, i) -> new GroupMedian(rs.getString(1), Indicator.valueOf(rs.getString(2)), rs.getBigDecimal(3),
                        rs.getInt(4)),
                runId);
    }

    /** Per municipality of the run, VOORLOPIG or DEFINITIEF for the run's period. */
    public Map<String, String> statuses(long runId) {
        Map<String, String> statuses = new TreeMap<>();
        jdbc.query("SELECT gemeente_code, status FROM indicatorrun_status WHERE run_id = ?", rs -> {
            statuses.put(rs.getString(1), rs.getString(2));
        }, runId);
        return statuses;
    }

    /** Per municipality of the run, its name. */
    public Map<String, String> municipalityNames(long runId) {
        Map<String, String> names = new TreeMap<>();
        jdbc.query("""
                SELECT s.gemeente_code, g.naam FROM indicatorrun_status s JOIN gemeenten g ON g.code = s.gemeente_code
                WHERE s.run_id = ?""", rs -> {
            names.put(rs.getString(1), rs.getString(2));
        }, runId);
        return names;
    }

    public List<Signal> signals(long runId, String municipality) {
        return jdbc.query("""
                SELECT gemeente_code, periode, signaal, indicator, dimensie, waarde, norm, normbron, tekst
                FROM signalen WHERE run_id = ? AND gemeente_code = ? ORDER BY signaal, dimensie""",
                (rs, i) -> new Signal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                runId, municipality);
    }

    /** Per indicator code, the median of the municipality's size group (by its B1 in that period). */
    public Map<String, BigDecimal> groupMedians(long runId, String period, String municipality) {
        Map<String, BigDecimal> medians = new HashMap<>();
        jdbc.query("""
                SELECT m.indicator, m.mediaan FROM indicatorgroepsmedianen m
                JOIN indicatorwaarden b ON b.run_id = m.run_id AND b.periode = m.periode AND b.indicator = 'B1'
                     AND b.dimensie = '' AND b.gemeente_code = ?
                WHERE m.run_id = ? AND m.periode = ? AND m.groep = """ + sizeGroupSql("b.waarde"),
                rs -> {
                    medians.put(rs.getString(1), rs.getBigDecimal(2));
                }, municipality, runId, period);
        return medians;
    }

    /** VOORLOPIG or DEFINITIEF, for the run's period. */
    public String status(long runId, String municipality) {
        return jdbc.queryForObject("SELECT status FROM indicatorrun_status WHERE run_id = ? AND gemeente_code = ?",
                String.class, runId, municipality);
    }

    public String municipalityName(String municipality) {
        return jdbc.queryForObject("SELECT naam FROM gemeenten WHERE code = ?", String.class, municipality);
    }

    public Period period(long runId) {
        return Period.parse(jdbc.queryForObject("SELECT periode FROM indicatorruns WHERE id = ?", String.class, runId));
    }

    /** The municipalities of the run, in code order. */
    public List<String> municipalities(long runId) {
        return jdbc.queryForList("SELECT gemeente_code FROM indicatorrun_status WHERE run_id = ? ORDER BY 1", String.class,
                runId);
    }
}
