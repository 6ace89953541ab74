package nl.participatiemonitor.metrics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.participatiemonitor.ingest.DeliveryStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Indicator runs and the municipalities, periods and norms each one covers. */
@Repository
class RunStore {

    /** Trend charts show up to this many previous periods of the same kind (METRICS.md). */
    static final int TREND_PERIODS = 8;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RunStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The run with this identity, created when it does not exist yet. */
    long runFor(String period, String scope, String inputs) {
        jdbc.update("INSERT IGNORE INTO indicatorruns (periode, scope, invoer, gestart) VALUES (?, ?, ?, ?)",
                period, scope, inputs, Timestamp.from(Instant.now(clock)));
        return find(period, scope, inputs).orElseThrow();
    }

    Optional<Long> find(String period, String scope, String inputs) {
        return jdbc.queryForList("SELECT id FROM indicatorruns WHERE periode = ? AND scope = ? AND invoer = ?",
                Long.class, period, scope, inputs).stream().findFirst();
    }

    void finished(long runId, long jobExecutionId) {
        jdbc.update("UPDATE indicatorruns SET afgerond = ?, job_execution = ? WHERE id = ?",
                Timestamp.from(Instant.now(clock)), jobExecutionId, runId);
    }

    /**
     * The municipalities and periods of the run (the period and up to eight before it), with each
     * municipality's norms as dates: calendar arithmetic as java.time does it, once, not per row.
     */
    void prepare(long runId, Period period, List<String> municipalities, NormsFile norms) {
        jdbc.update("DELETE FROM indicatorrun_gemeenten WHERE run_id = ?", runId);
        List<Period> periods = new ArrayList<>();
        periods.add(period);
        periods.addAll(period.previous(TREND_PERIODS));
        List<Object[]> rows = new ArrayList<>();
        for (int index = 0; index < periods.size(); index++) {
            Period p = periods.get(index);
            for (String municipality : municipalities) {
                Norms n = norms.forMunicipality(municipality);
                rows.add(new Object[] {runId, p.label(), municipality, index, p.start(), p.end(),
                        p.end().minusMonths(n.langdurigMaanden()), p.end().minusMonths(n.contactVensterMaanden()),
                        n.ontvangstbevestigingDagen(), n.adviesReactietermijnDagen(),
                        p.end().minusYears(n.evaluatieIntervalJaren())});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO indicatorrun_gemeenten (run_id, periode, gemeente_code, volgnummer, begin_periode, peildatum,
                    langdurig_grens, venster_grens, bevestiging_dagen, reactietermijn_dagen, evaluatie_grens)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Municipalities any current record is about. */
    List<String> municipalitiesWithData() {
        return jdbc.queryForList("""
                SELECT gemeente_code FROM clienten WHERE actueel = 1
                UNION SELECT gemeente_code FROM klachten WHERE actueel = 1
                UNION SELECT gemeente_code FROM adviesorgaan_dekking WHERE actueel = 1
                UNION SELECT gemeente_code FROM advies_reacties WHERE actueel = 1
                UNION SELECT gemeente_code FROM gr_lidmaatschappen WHERE actueel = 1
                ORDER BY 1""", String.class);
    }

    List<String> unknownMunicipalities(List<String> codes) {
        List<String> known = jdbc.queryForList("SELECT code FROM gemeenten", String.class);
        return codes.stream().filter(c -> !known.contains(c)).toList();
    }

    /** Every delivery with its status, in a stable order: what a run's figures depend on. */
    /** Deliveries whose import has not finished (running, or stopped halfway), by short id and source. */
    List<String> unfinishedDeliveries() {
        return jdbc.queryForList("SELECT CONCAT(LEFT(id, 12), ' (bron ', bron, ')') FROM leveringen WHERE status = ? "
                + "ORDER BY aangemaakt, id", String.class, DeliveryStore.BUSY);
    }

    List<String> deliveryStates() {
        return jdbc.queryForList("SELECT CONCAT(id, ':', status) FROM leveringen ORDER BY id", String.class);
    }
}
