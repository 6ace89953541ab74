package nl.participatiemonitor.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The records behind each figure of a run, for the reviewer dossier: per municipality and for the run's own period,
 * every complaint, client, contact, advice, answer and advisory body that counted in an indicator, with the role it
 * played and the delivery, file and line it came from. It selects with the same {@link RecordRules} the computation
 * summed, over the current records; the dossier counts what it lists and compares with the stored figures, so a run
 * whose inputs changed since cannot give a dossier that silently disagrees with it.
 */
@Component
public class RecordTrail {

    /** How a record took part: counted in a teller, a noemer, a count, or as the source of a body-level value. */
    public enum Role {
        TELLER, NOEMER, TELLING, BRON;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One record in one figure. {@code client} is the pseudonym (never the source id); {@code value} is set where the
     * record carries a value of its own (C3: days since the last personal contact).
     */
    public record Row(Indicator indicator, String dimension, Role role, String entity, String key, String client,
            Long value, String delivery, String file, long line) {
    }

    /** A figure of the run beside the records the dossier listed for it, and whether the two agree. */
    public record Checked(Indicator indicator, String dimension, java.math.BigDecimal value, Long teller, Long noemer,
            long recordsTeller, long recordsNoemer, boolean agrees) {
    }

    /** Counts the rows of one municipality's dossier per figure, to hold them against the stored figures. */
    public static final class Tally {

        private final java.util.Map<String, long[]> counts = new java.util.HashMap<>();

        public void add(Row row) {
            long[] count = counts.computeIfAbsent(row.indicator().code() + "|" + row.dimension(), k -> new long[2]);
            count[row.role() == Role.NOEMER ? 1 : 0]++;
        }

        long[] of(String indicator, String dimension) {
            return counts.getOrDefault(indicator + "|" + dimension, new long[2]);
        }
    }

    /** Indicators whose value is a fact of an advisory body, not a number of records. */
    private static final java.util.Set<Indicator> BODY_VALUES = java.util.EnumSet.of(Indicator.A0, Indicator.A6,
            Indicator.A7, Indicator.A8);

    /**
     * Every stored figure of the municipality for the run's period, unsuppressed, in catalogue order, with the records
     * {@code tally} counted for it: a count must equal its rows, a ratio's teller and noemer their rows.
     */
    public List<Checked> check(long runId, String municipality, Tally tally) {
        return jdbc.query("""
                SELECT v.indicator, v.dimensie, v.waarde, v.teller, v.noemer FROM indicatorwaarden v
                JOIN indicatorrun_gemeenten g ON g.run_id = v.run_id AND g.periode = v.periode
                     AND g.gemeente_code = v.gemeente_code AND g.volgnummer = 0
                WHERE v.run_id = ? AND v.gemeente_code = ?
                ORDER BY FIELD(v.indicator, %s), v.dimensie""".formatted(IndicatorFiles.CATALOGUE_ORDER),
                (rs, i) -> {
                    Indicator indicator = Indicator.valueOf(rs.getString(1));
                    String dimension = rs.getString(2);
                    java.math.BigDecimal value = rs.getBigDecimal(3);
                    Long teller = rs.getObject(4, Long.class);
                    Long noemer = rs.getObject(5, Long.class);
                    long[] records = tally.of(indicator.code(), dimension);
                    boolean agrees;
                    if (BODY_VALUES.contains(indicator)) {
                        agrees = true;
                    } else if (teller != null || noemer != null) {
                        agrees = (teller == null || teller == records[0]) && (noemer == null || noemer == records[1]);
                    } else {
                        agrees = value != null && value.longValueExact() == records[0];
                    }
                    return new Checked(indicator, dimension, value, teller, noemer, records[0], records[1], agrees);
                }, runId, municipality);
    }

    /**
     * The pseudonyms of the municipality's current clients, as a semi-join: MariaDB then reads them by the index on
     * the municipality, where a DISTINCT derived table made it scan every client of the country for each municipality.
     */
    private static final String CLIENTS_OF_MUNICIPALITY =
            "(SELECT client_pseudoniem FROM clienten WHERE actueel = 1 AND gemeente_code = ?)";

    /** The run's own period for one municipality: the whole key of indicatorrun_gemeenten, so one row by its index. */
    private static final String RUN_PERIOD = " WHERE g.run_id = ? AND g.periode = ? AND g.gemeente_code = ?";

    private final JdbcTemplate jdbc;
    private final IndicatorComputation computation;

    RecordTrail(JdbcTemplate jdbc, IndicatorComputation computation) {
        this.jdbc = jdbc;
        this.computation = computation;
    }

    /**
     * Rebuilds the run's per-advice and per-body facts (the computation removes them once the figures are stored);
     * call once before the dossiers of a run and {@link #finish} after.
     */
    public void prepare(long runId) {
        computation.bodiesAndAdvice(runId);
    }

    public void finish(long runId) {
        computation.dropScratch(runId);
    }

    /** Streams the rows of one municipality to {@code sink}, grouped by kind of record, in a stable order. */
    public void rows(long runId, String municipality, Consumer<Row> sink) {
        String period = jdbc.queryForObject("SELECT periode FROM indicatorruns WHERE id = ?", String.class, runId);
        complaints(runId, period, municipality, sink);
        clients(runId, period, municipality, sink);
        contacts(runId, period, municipality, sink);
        advice(runId, period, municipality, sink);
        answers(runId, period, municipality, sink);
        bodies(runId, period, municipality, sink);
    }

    private void complaints(long runId, String period, String municipality, Consumer<Row> sink) {
        StringBuilder flags = flags(RecordRules.COMPLAINTS);
        jdbc.query("SELECT k.sleutel, k.levering_id, f.naam, k.regel, k.onderwerp, k.uitkomst, "
                + "COALESCE(k.gedragende_organisatie, 'GEMEENTE')" + flags
                + " FROM indicatorrun_gemeenten g JOIN klachten k ON k.actueel = 1 AND k.gemeente_code = g.gemeente_code"
                + " JOIN leveringsbestanden f ON f.id = k.bestand_id" + RUN_PERIOD + " ORDER BY k.bron, k.sleutel",
                rs -> {
                    Source source = new Source("klachten", rs.getString(1), null, rs);
                    int column = 8;
                    for (RecordRules.Rule rule : RecordRules.COMPLAINTS) {
                        column = emit(rule, rs, column, source, sink);
                    }
                    if (rs.getBoolean(8)) {
                        sink.accept(source.row(Indicator.K1, "onderwerp=" + rs.getString(5), Role.TELLING, null));
                        sink.accept(source.row(Indicator.K1, "organisatie=" + rs.getString(7), Role.TELLING, null));
                        sink.accept(source.row(Indicator.K2, "", Role.TELLER, null));
                    }
                    if (rs.getBoolean(column - 1)) {
                        sink.accept(source.row(Indicator.K10, "uitkomst=" + rs.getString(6), Role.TELLING, null));
                    }
                }, runId, period, municipality);
    }

    private void clients(long runId, String period, String municipality, Consumer<Row> sink) {
        RecordRules.ClientRules rules = RecordRules.ClientRules.of("g.peildatum", "g.begin_periode", "g.langdurig_grens",
                "g.venster_grens", "cd.persoonlijk", "cd.bereikt");
        jdbc.query("SELECT c.sleutel, c.levering_id, f.naam, c.regel, c.client_pseudoniem, "
                + String.join(", ", rules.active(), rules.longTerm(), rules.started(), rules.inTouch(),
                        rules.notReached(), rules.fixedContact(), rules.daysSinceContact())
                + " FROM indicatorrun_gemeenten g JOIN clienten c ON c.actueel = 1 AND c.gemeente_code = g.gemeente_code"
                + " JOIN leveringsbestanden f ON f.id = c.bestand_id"
                + " LEFT JOIN (SELECT k.client_pseudoniem, MAX(IF(" + RecordRules.PERSONAL_CONTACT + ", k.datum, NULL))"
                + " AS persoonlijk, MAX(IF(k.bereikt, k.datum, NULL)) AS bereikt FROM contacten k"
                + " JOIN indicatorrun_gemeenten p ON p.run_id = ? AND p.periode = ? AND p.gemeente_code = ?"
                + " WHERE k.actueel = 1 AND k.datum <= p.peildatum AND k.client_pseudoniem IN " + CLIENTS_OF_MUNICIPALITY
                + " GROUP BY k.client_pseudoniem) cd"
                + " ON cd.client_pseudoniem = c.client_pseudoniem" + RUN_PERIOD + " ORDER BY c.bron, c.sleutel",
                rs -> {
                    Source source = new Source("clienten", null, rs.getString(5), rs);
                    boolean active = rs.getBoolean(6);
                    boolean longTerm = rs.getBoolean(7);
                    if (active) {
                        sink.accept(source.row(Indicator.B1, "", Role.TELLING, null));
                        sink.accept(source.row(Indicator.K2, "", Role.NOEMER, null));
                        sink.accept(source.row(Indicator.C5, "", Role.NOEMER, null));
                        sink.accept(source.row(Indicator.C3, "", Role.NOEMER, rs.getLong(12)));
                    }
                    if (longTerm) {
                        sink.accept(source.row(Indicator.B2, "", Role.TELLING, null));
                    }
                    if (rs.getBoolean(8)) {
                        sink.accept(source.row(Indicator.B3, "", Role.TELLING, null));
                    }
                    List<Indicator> longTermRatios = List.of(Indicator.C1, Indicator.C2, Indicator.C4);
                    for (int i = 0; i < longTermRatios.size(); i++) {
                        if (longTerm) {
                            sink.accept(source.row(longTermRatios.get(i), "", Role.NOEMER, null));
                        }
                        if (rs.getBoolean(9 + i)) {
                            sink.accept(source.row(longTermRatios.get(i), "", Role.TELLER, null));
                        }
                    }
                }, runId, period, municipality, municipality, runId, period, municipality);
    }

    /** C5..C7: the reached contacts in the period of the municipality's clients (each contact once, as computed). */
    private void contacts(long runId, String period, String municipality, Consumer<Row> sink) {
        jdbc.query("""
                SELECT k.sleutel, k.levering_id, f.naam, k.regel, k.client_pseudoniem, k.kanaal, k.doel = 'HANDHAVING'
                FROM indicatorrun_gemeenten g
                JOIN contacten k ON k.actueel = 1 AND k.bereikt AND k.datum BETWEEN g.begin_periode AND g.peildatum
                     AND k.client_pseudoniem IN """ + CLIENTS_OF_MUNICIPALITY + """
                JOIN leveringsbestanden f ON f.id = k.bestand_id""" + RUN_PERIOD + " ORDER BY k.bron, k.sleutel",
                rs -> {
                    Source source = new Source("contacten", rs.getString(1), rs.getString(5), rs);
                    sink.accept(source.row(Indicator.C5, "", Role.TELLER, null));
                    sink.accept(source.row(Indicator.C6, "", Role.NOEMER, null));
                    if (rs.getBoolean(7)) {
                        sink.accept(source.row(Indicator.C6, "", Role.TELLER, null));
                    }
                    sink.accept(source.row(Indicator.C7, "kanaal=" + rs.getString(6), Role.TELLING, null));
                }, municipality, runId, period, municipality);
    }

    /** A1, A2, A5, A9 over the advice for the municipality; the record is the advice as delivered. */
    private void advice(long runId, String period, String municipality, Consumer<Row> sink) {
        jdbc.query("SELECT a.advies_id, x.levering_id, f.naam, x.regel, a.soort" + flags(RecordRules.ADVICE)
                + " FROM indicatorrun_gemeenten g JOIN indicatorrun_adviezen a ON a.run_id = g.run_id"
                + " AND a.periode = g.periode AND a.gemeente_code = g.gemeente_code"
                + " JOIN adviezen x ON x.id = (SELECT MIN(x2.id) FROM adviezen x2 WHERE x2.actueel = 1"
                + " AND x2.advies_id = a.advies_id)"
                + " JOIN leveringsbestanden f ON f.id = x.bestand_id" + RUN_PERIOD + " ORDER BY a.advies_id",
                rs -> {
                    Source source = new Source("adviezen", rs.getString(1), null, rs);
                    int column = 6;
                    for (RecordRules.Rule rule : RecordRules.ADVICE) {
                        column = emit(rule, rs, column, source, sink);
                    }
                    if (rs.getBoolean(6)) {
                        sink.accept(source.row(Indicator.A1, "soort=" + rs.getString(5), Role.TELLING, null));
                    }
                }, runId, period, municipality);
    }

    /** A3 and A4 over the college's answers. */
    private void answers(long runId, String period, String municipality, Consumer<Row> sink) {
        jdbc.query("SELECT r.sleutel, r.levering_id, f.naam, r.regel, r.uitkomst" + flags(RecordRules.ANSWERS)
                + ", " + RecordRules.ANSWER_WITH_OUTCOME
                + " FROM indicatorrun_gemeenten g JOIN advies_reacties r ON r.actueel = 1"
                + " AND r.gemeente_code = g.gemeente_code JOIN leveringsbestanden f ON f.id = r.bestand_id" + RUN_PERIOD
                + " ORDER BY r.bron, r.sleutel",
                rs -> {
                    Source source = new Source("advies_reacties", rs.getString(1), null, rs);
                    int column = 6;
                    for (RecordRules.Rule rule : RecordRules.ANSWERS) {
                        column = emit(rule, rs, column, source, sink);
                    }
                    if (rs.getBoolean(column)) {
                        sink.accept(source.row(Indicator.A4, "uitkomst=" + rs.getString(5), Role.TELLING, null));
                    }
                }, runId, period, municipality);
    }

    /** A0 and A6..A8 rest on the advisory bodies covering the municipality: each body's record at the peildatum. */
    private void bodies(long runId, String period, String municipality, Consumer<Row> sink) {
        jdbc.query("""
                SELECT o.orgaan_id, f2.levering_id, b.naam, f2.regel
                FROM indicatorrun_gemeenten g
                JOIN indicatorrun_organen o ON o.run_id = g.run_id AND o.periode = g.periode
                     AND o.gemeente_code = g.gemeente_code
                JOIN adviesorganen f2 ON f2.id = (SELECT MAX(f3.id) FROM adviesorganen f3 WHERE f3.actueel = 1
                     AND f3.orgaan_id = o.orgaan_id AND f3.peildatum = (SELECT MAX(f4.peildatum) FROM adviesorganen f4
                     WHERE f4.actueel = 1 AND f4.orgaan_id = o.orgaan_id AND f4.peildatum <= g.peildatum))
                JOIN leveringsbestanden b ON b.id = f2.bestand_id""" + RUN_PERIOD + " ORDER BY o.orgaan_id",
                rs -> {
                    Source source = new Source("adviesorganen", rs.getString(1), null, rs);
                    String body = "orgaan=" + rs.getString(1);
                    sink.accept(source.row(Indicator.A0, "", Role.BRON, null));
                    sink.accept(source.row(Indicator.A6, body, Role.BRON, null));
                    sink.accept(source.row(Indicator.A7, body, Role.BRON, null));
                    sink.accept(source.row(Indicator.A8, body + ",maat=bezetting", Role.BRON, null));
                    sink.accept(source.row(Indicator.A8, body + ",maat=pw_client", Role.BRON, null));
                }, runId, period, municipality);
    }

    /** The rules' conditions as selected columns: for a count one, for a ratio teller then noemer. */
    private static StringBuilder flags(List<RecordRules.Rule> rules) {
        StringBuilder flags = new StringBuilder();
        for (RecordRules.Rule rule : rules) {
            flags.append(", COALESCE(").append(rule.teller()).append(", FALSE)");
            if (rule.isRatio()) {
                flags.append(", COALESCE(").append(rule.noemer()).append(", FALSE)");
            }
        }
        return flags;
    }

    /** Emits the rows of one rule from its flag columns starting at {@code column}; returns the next column. */
    private static int emit(RecordRules.Rule rule, ResultSet rs, int column, Source source, Consumer<Row> sink)
            throws SQLException {
        if (!rule.isRatio()) {
            if (rs.getBoolean(column)) {
                sink.accept(source.row(rule.indicator(), "", Role.TELLING, null));
            }
            return column + 1;
        }
        if (rs.getBoolean(column)) {
            sink.accept(source.row(rule.indicator(), "", Role.TELLER, null));
        }
        if (rs.getBoolean(column + 1)) {
            sink.accept(source.row(rule.indicator(), "", Role.NOEMER, null));
        }
        return column + 2;
    }

    /** Where a record came from: columns 1..4 of each query are key, delivery, file and line. */
    private record Source(String entity, String key, String client, String delivery, String file, long line) {

        Source(String entity, String key, String client, ResultSet rs) throws SQLException {
            this(entity, key, client, rs.getString(2), rs.getString(3), rs.getLong(4));
        }

        Row row(Indicator indicator, String dimension, Role role, Long value) {
            return new Row(indicator, dimension, role, entity, key, client, value, delivery, file, line);
        }
    }
}
