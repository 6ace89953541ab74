package nl.participatiemonitor.metrics.expectations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.Tables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The expectation fixtures import completely: every line the hand computations count is really in the
 * database, so a failing expectation test points at the figures, never at the fixture.
 */
@IntegrationTest
class MetricsFixturesImportTest {

    @Autowired
    DeliveryImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void contactFixtureImportsEveryLine() {
        MetricsFixtures.importWithoutRejects(importer, jdbc, MetricsFixtures.CONTACT);

        assertThat(new Tables(jdbc).currentCounts()).containsAllEntriesOf(Map.of(
                "organisaties", 1, "clienten", 19, "contacten", 24));
    }

    @Test
    void complaintFixtureImportsEveryLine() {
        MetricsFixtures.importWithoutRejects(importer, jdbc, MetricsFixtures.COMPLAINTS);

        assertThat(new Tables(jdbc).currentCounts()).containsAllEntriesOf(Map.of(
                "organisaties", 2, "clienten", 11, "klachten", 26));
    }

    @Test
    void adviceFixtureImportsEveryLine() {
        MetricsFixtures.importWithoutRejects(importer, jdbc, MetricsFixtures.ADVICE);

        assertThat(new Tables(jdbc).currentCounts()).containsAllEntriesOf(Map.of(
                "organisaties", 1, "gr_lidmaatschappen", 3, "adviesorganen", 7, "adviesorgaan_dekking", 5,
                "adviezen", 9, "advies_reacties", 14));
    }
}
