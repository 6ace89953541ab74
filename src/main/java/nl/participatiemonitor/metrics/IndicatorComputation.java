package nl.participatiemonitor.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.participatiemonitor.ingest.CanonicalEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes the indicators of METRICS.md for a run, set-based in MariaDB: first the facts per client,
 * advisory body and advice of the run's municipalities and periods (the {@code indicatorrun_*}
 * tables), then every indicator as an aggregate over them. Every method first removes what it wrote
 * for the run before, so a restarted step gives the same rows.
 */
@Component
class IndicatorComputation {

    private static final String PER_MUNICIPALITY = " WHERE g.run_id = ? GROUP BY g.run_id, g.periode, g.gemeente_code";
    private static final String COMPLAINTS_OF_MUNICIPALITY =
            " LEFT JOIN klachten k ON k.actueel = 1 AND k.gemeente_code = g.gemeente_code";

    private final JdbcTemplate jdbc;
    private final NormsFile norms;

    IndicatorComputation(JdbcTemplate jdbc, NormsFile norms) {
        this.jdbc = jdbc;
        this.norms = norms;
    }

    /**
     * Per client with contacts: the last personal and the last reached contact on or before the
     * peildatum of each period of the run, in one pass over contacten.
     */
    void contactData(long runId) {
        jdbc.update("DELETE FROM indicatorrun_contactdata WHERE run_id = ?", runId);
        List<LocalDate> peildata = jdbc.queryForList("SELECT DISTINCT peildatum FROM indicatorrun_gemeenten "
                + "WHERE run_id = ? ORDER BY volgnummer", LocalDate.class, runId);
        StringBuilder columns = new StringBuilder();
        StringBuilder lastContacts = new StringBuilder();
        List<Object> arguments = new ArrayList<>();
        arguments.add(runId);
        for (String kind : List.of("persoonlijk", "bereikt")) {
            for (int i = 0; i < peildata.size(); i++) {
                columns.append(", ").append(kind).append('_').append(i);
                lastContacts.append(", MAX(IF(").append(kind.equals("persoonlijk") ? RecordRules.PERSONAL_CONTACT : "k.bereikt")
                        .append(" AND k.datum <= ?, k.datum, NULL))");
                arguments.add(peildata.get(i));
            }
        }
        arguments.add(peildata.get(0));
        jdbc.update("INSERT INTO indicatorrun_contactdata (run_id, client_pseudoniem" + columns + ") SELECT ?, "
                + "k.client_pseudoniem" + lastContacts + " FROM contacten k WHERE k.actueel = 1 AND k.datum <= ? "
                + "GROUP BY k.client_pseudoniem", arguments.toArray());
    }

    /**
     * B1..B3 and C1..C7. The clients are read once, with the nine periods of the run side by side as
     * columns (each municipality's norms turned into dates per period), rather than once per period.
     */
    void caseloadAndContact(long runId) {
        deleteValues(runId, "B1", "B2", "B3", "C1", "C2", "C3", "C4", "C5", "C6", "C7");
        Map<Integer, String> labels = new HashMap<>();
        jdbc.query("SELECT DISTINCT volgnummer, periode FROM indicatorrun_gemeenten WHERE run_id = ?",
                rs -> {
                    labels.put(rs.getInt(1), rs.getString(2));
                }, runId);
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            RecordRules.ClientRules clients = clientRules(i);
            for (String condition : List.of(clients.active(), clients.longTerm(), clients.started(), clients.inTouch(),
                    clients.notReached(), clients.fixedContact())) {
                sums.append(", SUM(").append(condition).append(")");
            }
        }
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("SELECT w.gemeente_code" + sums + " FROM (" + periodsAsColumns(labels.size()) + ") w "
                        + "LEFT JOIN clienten c ON c.actueel = 1 AND c.gemeente_code = w.gemeente_code "
                        + "LEFT JOIN indicatorrun_contactdata cd ON cd.run_id = ? AND cd.client_pseudoniem = c.client_pseudoniem "
                        + "GROUP BY w.gemeente_code",
                rs -> {
                    String municipality = rs.getString(1);
                    for (int i = 0; i < labels.size(); i++) {
                        int column = 2 + i * 6;
                        String period = labels.get(i);
                        long b2 = rs.getLong(column + 1);
                        rows.add(countRow(runId, period, municipality, "B1", "", rs.getLong(column)));
                        rows.add(countRow(runId, period, municipality, "B2", "", b2));
                        rows.add(countRow(runId, period, municipality, "B3", "", rs.getLong(column + 2)));
                        rows.add(ratioRow(runId, period, municipality, "C1", rs.getLong(column + 3), b2));
                        rows.add(ratioRow(runId, period, municipality, "C2", rs.getLong(column + 4), b2));
                        rows.add(ratioRow(runId, period, municipality, "C4", rs.getLong(column + 5), b2));
                    }
                }, runId, runId);
        insertValues(rows);
        medianDaysSinceContact(runId, labels.size());
        contactsInPeriod(runId);
    }

    /**
     * C3: over the clients active at R, the median of the days since the later of the start of their
     * benefit and their last personal contact. Computed from the number of clients per number of days
     * (a histogram), whose running totals give the middle value(s): mean of the two middle values for
     * an even count.
     */
    private void medianDaysSinceContact(long runId, int periods) {
        StringBuilder days = new StringBuilder("CASE s.i");
        StringBuilder isActive = new StringBuilder("CASE s.i");
        for (int i = 0; i < periods; i++) {
            RecordRules.ClientRules clients = clientRules(i);
            days.append(" WHEN ").append(i).append(" THEN ").append(clients.daysSinceContact());
            isActive.append(" WHEN ").append(i).append(" THEN ").append(clients.active());
        }
        // One row per active client and period is a few million rows at national size: group them in
        // memory rather than in MariaDB's default 16 MB temporary table, which spills to disk.
        String sequence = java.util.stream.IntStream.range(0, periods).mapToObj(i -> "SELECT " + i + " AS i")
                .collect(Collectors.joining(" UNION ALL "));
        jdbc.execute("SET SESSION tmp_table_size = 536870912, SESSION max_heap_table_size = 536870912");
        List<Object[]> rows = new ArrayList<>();
        try {
            jdbc.query("""
                WITH histogram AS (
                    SELECT c.gemeente_code, s.i, %s AS dagen, COUNT(*) AS aantal
                    FROM (%s) w
                    JOIN clienten c ON c.actueel = 1 AND c.gemeente_code = w.gemeente_code
                    LEFT JOIN indicatorrun_contactdata cd ON cd.run_id = ? AND cd.client_pseudoniem = c.client_pseudoniem
                    JOIN (%s) s
                    WHERE %s END
                    GROUP BY c.gemeente_code, s.i, dagen ORDER BY NULL),
                cumulative AS (
                    SELECT gemeente_code, i, dagen,
                           SUM(aantal) OVER (PARTITION BY gemeente_code, i ORDER BY dagen) AS tot_en_met,
                           SUM(aantal) OVER (PARTITION BY gemeente_code, i) AS n
                    FROM histogram),
                medians AS (
                    SELECT gemeente_code, i, n,
                           (MIN(CASE WHEN tot_en_met >= FLOOR((n + 1) / 2) THEN dagen END)
                            + MIN(CASE WHEN tot_en_met >= FLOOR(n / 2) + 1 THEN dagen END)) / 2 AS mediaan
                    FROM cumulative GROUP BY gemeente_code, i, n)
                SELECT g.periode, g.gemeente_code, COALESCE(m.n, 0), ROUND(m.mediaan, 1)
                FROM indicatorrun_gemeenten g
                LEFT JOIN medians m ON m.gemeente_code = g.gemeente_code AND m.i = g.volgnummer
                WHERE g.run_id = ?""".formatted(days.append(" END"), periodsAsColumns(periods), sequence, isActive),
                    rs -> {
                        rows.add(new Object[] {runId, rs.getString(1), rs.getString(2), "C3", "", null, rs.getLong(3),
                                rs.getBigDecimal(4)});
                    }, runId, runId, runId);
        } finally {
            jdbc.execute("SET SESSION tmp_table_size = DEFAULT, SESSION max_heap_table_size = DEFAULT");
        }
        insertValues(rows);
    }

    /** C5..C7 from one pass over the reached contacts of each period, by channel and enforcement. */
    private void contactsInPeriod(long runId) {
        Map<String, long[]> perMunicipality = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        // Driven from the clients, so each contact is read once and falls into the one period it lies in.
        jdbc.query("""
                SELECT STRAIGHT_JOIN p.periode, c.gemeente_code, k.kanaal, SUM(k.doel = 'HANDHAVING'), COUNT(*)
                FROM (SELECT DISTINCT gemeente_code FROM indicatorrun_gemeenten WHERE run_id = ?) m
                JOIN (SELECT DISTINCT gemeente_code, client_pseudoniem FROM clienten WHERE actueel = 1) c
                     ON c.gemeente_code = m.gemeente_code
                JOIN contacten k ON k.client_pseudoniem = c.client_pseudoniem AND k.actueel = 1 AND k.bereikt
                JOIN (SELECT DISTINCT periode, begin_periode, peildatum FROM indicatorrun_gemeenten WHERE run_id = ?) p
                     ON k.datum BETWEEN p.begin_periode AND p.peildatum
                GROUP BY p.periode, c.gemeente_code, k.kanaal""",
                rs -> {
                    long[] totals = perMunicipality.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2),
                            key -> new long[2]);
                    totals[0] += rs.getLong(5);
                    totals[1] += rs.getLong(4);
                    rows.add(countRow(runId, rs.getString(1), rs.getString(2), "C7", "kanaal=" + rs.getString(3),
                            rs.getLong(5)));
                }, runId, runId);
        List<Map<String, Object>> b1 = jdbc.queryForList("SELECT periode, gemeente_code, waarde FROM indicatorwaarden "
                + "WHERE run_id = ? AND indicator = 'B1' AND dimensie = ''", runId);
        for (Map<String, Object> row : b1) {
            String period = (String) row.get("periode");
            String municipality = (String) row.get("gemeente_code");
            long[] totals = perMunicipality.getOrDefault(period + "|" + municipality, new long[2]);
            rows.add(ratioRow(runId, period, municipality, "C5", totals[0], ((BigDecimal) row.get("waarde")).longValue()));
            rows.add(ratioRow(runId, period, municipality, "C6", totals[1], totals[0]));
        }
        insertValues(rows);
        zeros(runId, Indicator.C7, "kanaal", CanonicalEntity.CONTACTEN.codes("kanaal"));
    }

    /** The client rules for period column i of {@link #periodsAsColumns}, with its contact dates from contactdata. */
    private static RecordRules.ClientRules clientRules(int i) {
        return RecordRules.ClientRules.of("w.peildatum_" + i, "w.begin_" + i, "w.langdurig_" + i, "w.venster_" + i,
                "cd.persoonlijk_" + i, "cd.bereikt_" + i);
    }

    /** One row per municipality of the run, with each period's dates in columns {@code peildatum_0 .. _8} and so on. */
    private static String periodsAsColumns(int periods) {
        StringBuilder columns = new StringBuilder("SELECT gemeente_code");
        for (int i = 0; i < periods; i++) {
            for (String column : List.of("begin_periode:begin", "peildatum:peildatum", "langdurig_grens:langdurig",
                    "venster_grens:venster")) {
                String[] names = column.split(":");
                columns.append(", MAX(IF(volgnummer = ").append(i).append(", ").append(names[0]).append(", NULL)) AS ")
                        .append(names[1]).append('_').append(i);
            }
        }
        return columns + " FROM indicatorrun_gemeenten WHERE run_id = ? GROUP BY gemeente_code";
    }

    /** K1..K10 (Awb chapter 9), after B1 for K2. */
    void complaints(long runId) {
        deleteValues(runId, "K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9", "K10");
        String from = COMPLAINTS_OF_MUNICIPALITY;
        String received = RecordRules.COMPLAINT_RECEIVED;
        RecordRules.COMPLAINTS.forEach(rule -> insert(runId, rule, from));
        breakdown(runId, Indicator.K1, "onderwerp", "k.onderwerp", received, from,
                CanonicalEntity.KLACHTEN.codes("onderwerp"));
        jdbc.update("""
                INSERT INTO indicatorwaarden (run_id, periode, gemeente_code, indicator, dimensie, teller, noemer, waarde)
                SELECT g.run_id, g.periode, g.gemeente_code, 'K1',
                       CONCAT('organisatie=', COALESCE(k.gedragende_organisatie, 'GEMEENTE')), NULL, NULL, COUNT(*)
                FROM indicatorrun_gemeenten g JOIN klachten k ON k.actueel = 1 AND k.gemeente_code = g.gemeente_code
                WHERE g.run_id = ? AND k.ontvangen BETWEEN g.begin_periode AND g.peildatum
                GROUP BY g.run_id, g.periode, g.gemeente_code, COALESCE(k.gedragende_organisatie, 'GEMEENTE')""", runId);
        jdbc.update("""
                INSERT INTO indicatorwaarden (run_id, periode, gemeente_code, indicator, dimensie, teller, noemer, waarde)
                SELECT k.run_id, k.periode, k.gemeente_code, 'K2', '', k.waarde, b.waarde,
                       IF(b.waarde > 0, ROUND(CAST(k.waarde AS DECIMAL(30, 10)) * 1000 / b.waarde, 1), NULL)
                FROM indicatorwaarden k JOIN indicatorwaarden b ON b.run_id = k.run_id AND b.periode = k.periode
                     AND b.gemeente_code = k.gemeente_code AND b.indicator = 'B1' AND b.dimensie = ''
                WHERE k.run_id = ? AND k.indicator = 'K1' AND k.dimensie = ''""", runId);
        breakdown(runId, Indicator.K10, "uitkomst", "k.uitkomst", RecordRules.COMPLAINT_HANDLED, from,
                CanonicalEntity.KLACHTEN.codes("uitkomst"));
    }

    /** The bodies covering each municipality at R with their facts, and the advice for it with due dates. */
    void bodiesAndAdvice(long runId) {
        jdbc.update("DELETE FROM indicatorrun_organen WHERE run_id = ?", runId);
        jdbc.update("""
                INSERT INTO indicatorrun_organen (run_id, periode, gemeente_code, orgaan_id, soort, leden_pw_client,
                    faciliteiten, evaluatie_achterstallig, zetels, bezette_zetels)
                SELECT g.run_id, g.periode, g.gemeente_code, f.orgaan_id, MAX(f.soort), MAX(f.leden_pw_client),
                       MAX(COALESCE(f.fac_budget, 0) + COALESCE(f.fac_achterban, 0) + COALESCE(f.fac_beleidsagenda, 0)
                           + COALESCE(f.fac_contactpersoon, 0) + COALESCE(f.fac_voorzitter, 0)
                           + COALESCE(f.fac_secretaris, 0) + COALESCE(f.fac_locatie, 0)),
                       MAX(f.laatste_evaluatie IS NULL OR f.laatste_evaluatie < g.evaluatie_grens),
                       MAX(f.zetels), MAX(f.bezette_zetels)
                FROM indicatorrun_gemeenten g
                JOIN adviesorgaan_dekking d ON d.actueel = 1 AND d.gemeente_code = g.gemeente_code
                     AND d.geldig_van <= g.peildatum AND (d.geldig_tot IS NULL OR d.geldig_tot > g.peildatum)
                JOIN adviesorganen f ON f.actueel = 1 AND f.orgaan_id = d.orgaan_id
                     AND f.peildatum = (SELECT MAX(f2.peildatum) FROM adviesorganen f2
                                        WHERE f2.actueel = 1 AND f2.orgaan_id = d.orgaan_id AND f2.peildatum <= g.peildatum)
                WHERE g.run_id = ?
                GROUP BY g.run_id, g.periode, g.gemeente_code, f.orgaan_id""", runId);
        jdbc.update("DELETE FROM indicatorrun_adviezen WHERE run_id = ?", runId);
        jdbc.update("""
                INSERT INTO indicatorrun_adviezen (run_id, periode, gemeente_code, advies_id, soort, uitgebracht_op,
                    betrokkenheid, uiterste_datum, reactie_datum)
                SELECT g.run_id, g.periode, g.gemeente_code, a.advies_id, MAX(a.soort), MAX(a.uitgebracht_op),
                       MAX(a.betrokkenheid),
                       MAX(DATE_ADD(a.uitgebracht_op, INTERVAL COALESCE(a.reactietermijn_dagen, g.reactietermijn_dagen) DAY)),
                       (SELECT MIN(r.reactie_datum) FROM advies_reacties r
                        WHERE r.actueel = 1 AND r.advies_id = a.advies_id AND r.gemeente_code = g.gemeente_code)
                FROM indicatorrun_gemeenten g
                JOIN adviesorgaan_dekking d ON d.actueel = 1 AND d.gemeente_code = g.gemeente_code
                JOIN adviezen a ON a.actueel = 1 AND a.orgaan_id = d.orgaan_id AND d.geldig_van <= a.uitgebracht_op
                     AND (d.geldig_tot IS NULL OR d.geldig_tot > a.uitgebracht_op)
                WHERE g.run_id = ?
                GROUP BY g.run_id, g.periode, g.gemeente_code, a.advies_id""", runId);
    }

    /** A0..A9 (art. 47 Participatiewet; ombudsman II). */
    void advice(long runId) {
        deleteValues(runId, "A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9");
        String bodies = " LEFT JOIN indicatorrun_organen o ON o.run_id = g.run_id AND o.periode = g.periode "
                + "AND o.gemeente_code = g.gemeente_code";
        jdbc.update("""
                INSERT INTO indicatorwaarden (run_id, periode, gemeente_code, indicator, dimensie, teller, noemer, waarde)
                SELECT g.run_id, g.periode, g.gemeente_code, 'A0', '', NULL, NULL,
                       COALESCE(MAX(o.soort IN ('CLIENTENRAAD_PW', 'CLIENTENRAAD_GR', 'GECOMBINEERD')
                                    OR (o.soort = 'ADVIESRAAD_SD' AND o.leden_pw_client >= 1)), 0)
                FROM indicatorrun_gemeenten g""" + bodies + PER_MUNICIPALITY, runId);
        String adviceFor = " LEFT JOIN indicatorrun_adviezen a ON a.run_id = g.run_id AND a.periode = g.periode "
                + "AND a.gemeente_code = g.gemeente_code";
        RecordRules.ADVICE.forEach(rule -> insert(runId, rule, adviceFor));
        breakdown(runId, Indicator.A1, "soort", "a.soort", RecordRules.ADVICE_ISSUED, adviceFor,
                CanonicalEntity.ADVIEZEN.codes("soort"));
        String answers = " LEFT JOIN advies_reacties r ON r.actueel = 1 AND r.gemeente_code = g.gemeente_code";
        RecordRules.ANSWERS.forEach(rule -> insert(runId, rule, answers));
        breakdown(runId, Indicator.A4, "uitkomst", "r.uitkomst", RecordRules.ANSWER_WITH_OUTCOME, answers,
                CanonicalEntity.ADVIES_REACTIES.codes("uitkomst"));
        jdbc.update("""
                INSERT INTO indicatorwaarden (run_id, periode, gemeente_code, indicator, dimensie, teller, noemer, waarde)
                SELECT run_id, periode, gemeente_code, 'A6', CONCAT('orgaan=', orgaan_id), NULL, NULL, faciliteiten
                FROM indicatorrun_organen WHERE run_id = ?
                UNION ALL
                SELECT run_id, periode, gemeente_code, 'A7', CONCAT('orgaan=', orgaan_id), NULL, NULL, evaluatie_achterstallig
                FROM indicatorrun_organen WHERE run_id = ?
                UNION ALL
                SELECT run_id, periode, gemeente_code, 'A8', CONCAT('orgaan=', orgaan_id, ',maat=bezetting'),
                       COALESCE(bezette_zetels, 0), COALESCE(zetels, 0),
                       IF(zetels > 0, CAST(bezette_zetels AS DECIMAL(30, 10)) / zetels, NULL)
                FROM indicatorrun_organen WHERE run_id = ?
                UNION ALL
                SELECT run_id, periode, gemeente_code, 'A8', CONCAT('orgaan=', orgaan_id, ',maat=pw_client'),
                       COALESCE(leden_pw_client, 0), COALESCE(bezette_zetels, 0),
                       IF(bezette_zetels > 0, CAST(leden_pw_client AS DECIMAL(30, 10)) / bezette_zetels, NULL)
                FROM indicatorrun_organen WHERE run_id = ?""", runId, runId, runId, runId);
    }

    /**
     * The median of each indicator total per size group (by B1: below 500, 500-1,999, 2,000-9,999, from 10,000
     * clients), over the run's municipalities whose figure the raad may see: a suppressed figure is left out, so a
     * median printed beside a municipality's own figure can never give away another's small number. Suppression is
     * decided by the same code as every public output; a few hundred thousand totals at most, grouped in memory.
     */
    void groupMedians(long runId) {
        jdbc.update("DELETE FROM indicatorgroepsmedianen WHERE run_id = ?", runId);
        List<IndicatorFiles.Row> totals = jdbc.query("""
                SELECT gemeente_code, periode, indicator, teller, noemer, waarde FROM indicatorwaarden
                WHERE run_id = ? AND dimensie = '' AND waarde IS NOT NULL""",
                (rs, i) -> new IndicatorFiles.Row(rs.getString(1), rs.getString(2), Indicator.valueOf(rs.getString(3)), "",
                        rs.getObject(4, Long.class), rs.getObject(5, Long.class), rs.getBigDecimal(6)), runId);
        Map<String, String> groups = new HashMap<>();
        totals.stream().filter(t -> t.indicator() == Indicator.B1)
                .forEach(t -> groups.put(t.municipality() + "|" + t.period(),
                        RunFigures.sizeGroup(t.value().longValue())));
        // Per period, group and indicator code: the values the raad may see.
        Map<List<String>, List<BigDecimal>> shown = new HashMap<>();
        for (ShownFigure figure : new IndicatorFiles.OpenData(norms).suppress(totals)) {
            String group = groups.get(figure.municipality() + "|" + figure.period());
            if (!figure.suppressed() && group != null) {
                shown.computeIfAbsent(List.of(figure.period(), group, figure.indicator().code()), k -> new ArrayList<>())
                        .add(figure.value());
            }
        }
        List<Object[]> rows = new ArrayList<>();
        shown.forEach((key, values) -> rows.add(new Object[] {runId, key.get(0), key.get(1), key.get(2), median(values),
            values.size()}));
        jdbc.batchUpdate("INSERT INTO indicatorgroepsmedianen (run_id, periode, groep, indicator, mediaan, aantal) "
                + "VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /** The middle value, or the mean of the two middle values for an even number (as MariaDB's MEDIAN). */
    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
        return median.setScale(10, RoundingMode.HALF_UP);
    }

    /** Removes the run's scratch tables once its figures are stored. */
    void dropScratch(long runId) {
        for (String table : List.of("indicatorrun_contactdata", "indicatorrun_organen", "indicatorrun_adviezen")) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
    }

    private static Object[] countRow(long runId, String period, String municipality, String code, String dimension,
            long count) {
        return new Object[] {runId, period, municipality, code, dimension, null, null, count};
    }

    private static Object[] ratioRow(long runId, String period, String municipality, String code, long teller,
            long noemer) {
        return new Object[] {runId, period, municipality, code, "", teller, noemer,
                noemer == 0 ? null : new BigDecimal(teller).divide(new BigDecimal(noemer), 10, RoundingMode.HALF_UP)};
    }

    private void insertValues(List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO indicatorwaarden (run_id, periode, gemeente_code, indicator, dimensie, teller, noemer, "
                + "waarde) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void insert(long runId, RecordRules.Rule rule, String from) {
        if (rule.isRatio()) {
            ratio(runId, rule.indicator(), rule.teller(), rule.noemer(), from);
        } else {
            count(runId, rule.indicator(), rule.teller(), from);
        }
    }

    private void count(long runId, Indicator indicator, String condition, String from) {
        jdbc.update("INSERT INTO indicatorwaarden (run_id, periode, gemeente_code, indicator, dimensie, teller, noemer, "
                + "waarde) SELECT g.run_id, g.periode, g.gemeente_code, '" + indicator.code() + "', '', NULL, NULL, "
                + "COALESCE(SUM(" + condition + "), 0) FROM indicatorrun_gemeenten g" + from + PER_MUNICIPALITY, runId);
    }

    private void ratio(long runId, Indicator indicator, String teller, String noemer, String from) {
        jdbc.update("INSERT INTO indicatorwaarden (run_id, periode, gemeente_code, indicator, dimensie, teller, noemer, "
                + "waarde) SELECT run_id, periode, gemeente_code, '" + indicator.code() + "', '', t, n, "
                + "IF(n > 0, CAST(t AS DECIMAL(30, 10)) / n, NULL) FROM (SELECT g.run_id, g.periode, g.gemeente_code, "
                + "COALESCE(SUM(" + teller + "), 0) AS t, COALESCE(SUM(" + noemer + "), 0) AS n "
                + "FROM indicatorrun_gemeenten g" + from + PER_MUNICIPALITY + ") x", runId);
    }

    /** One count per code of a dimension, zero included, so every table has the same rows. */
    private void breakdown(long runId, Indicator indicator, String dimension, String column, String condition,
            String from, List<String> codes) {
        jdbc.update("INSERT INTO indicatorwaarden (run_id, periode, gemeente_code, indicator, dimensie, teller, noemer, "
                + "waarde) SELECT g.run_id, g.periode, g.gemeente_code, '" + indicator.code() + "', CONCAT('" + dimension
                + "=', " + column + "), NULL, NULL, COUNT(*) FROM indicatorrun_gemeenten g" + from
                + " WHERE g.run_id = ? AND " + condition + " GROUP BY g.run_id, g.periode, g.gemeente_code, " + column,
                runId);
        zeros(runId, indicator, dimension, codes);
    }

    /** Adds a zero for every code of a breakdown that has no count yet. */
    private void zeros(long runId, Indicator indicator, String dimension, List<String> codes) {
        String codeTable = codes.stream().map(c -> "SELECT '" + c + "' AS code")
                .collect(Collectors.joining(" UNION ALL "));
        jdbc.update("INSERT INTO indicatorwaarden (run_id, periode, gemeente_code, indicator, dimensie, teller, noemer, "
                + "waarde) SELECT g.run_id, g.periode, g.gemeente_code, '" + indicator.code() + "', CONCAT('" + dimension
                + "=', codes.code), NULL, NULL, 0 FROM indicatorrun_gemeenten g CROSS JOIN (" + codeTable + ") codes "
                + "WHERE g.run_id = ? ON DUPLICATE KEY UPDATE waarde = indicatorwaarden.waarde", runId);
    }

    private void deleteValues(long runId, String... codes) {
        jdbc.update("DELETE FROM indicatorwaarden WHERE run_id = ? AND indicator IN ("
                + String.join(", ", java.util.Collections.nCopies(codes.length, "?")) + ")",
                prepend(runId, codes));
    }

    private static Object[] prepend(long runId, String[] codes) {
        Object[] arguments = new Object[codes.length + 1];
        arguments[0] = runId;
        System.arraycopy(codes, 0, arguments, 1, codes.length);
        return arguments;
    }
}
