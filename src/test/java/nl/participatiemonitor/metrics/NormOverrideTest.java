package nl.participatiemonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestDeliveries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** A municipality's own norms in config/normen.yml change its figures and signals, and no one else's. */
@IntegrationTest
@TestPropertySource(properties = "pm.norms-file=src/test/resources/config/normen-gm0014.yml")
class NormOverrideTest {

    @Autowired
    DeliveryImporter importer;

    @Autowired
    IndicatorRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLocalResponseTermAndContactNormApplyToThatMunicipalityOnly() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);

        long run = runner.run(Period.parse("2026-Q3"), List.of()).runId();

        // GM0014, response term 10 days instead of 42: ADV-2 (own term 28) falls due 2026-08-07 unanswered;
        // ADV-3 (issued 2026-08-15) falls due 2026-08-25 instead of 2026-09-26 and its answer of 2026-09-20 is
        // late. With the default term A2 would be 1/2.
        assertThat(ratio(run, "GM0014", "A2")).containsExactly(0L, 2L);
        // GM0034 keeps 42 days: ADV-1 due 2026-07-13, answered 2026-08-01 (late); ADV-2 unanswered.
        assertThat(ratio(run, "GM0034", "A2")).containsExactly(0L, 2L);
        assertThat(jdbc.queryForObject("SELECT norm FROM signalen WHERE run_id = ? AND gemeente_code = 'GM0014' "
                + "AND signaal = 'S6'", String.class, run)).isEqualTo("minstens 99%");
    }

    private List<Long> ratio(long run, String municipality, String indicator) {
        Map<String, Object> row = jdbc.queryForMap("SELECT teller, noemer FROM indicatorwaarden WHERE run_id = ? AND "
                + "periode = '2026-Q3' AND gemeente_code = ? AND indicator = ? AND dimensie = ''", run, municipality,
                indicator);
        return List.of(((Number) row.get("teller")).longValue(), ((Number) row.get("noemer")).longValue());
    }
}
