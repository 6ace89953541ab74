package nl.participatiemonitor.cli;

import nl.participatiemonitor.support.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.Tables;
import nl.participatiemonitor.support.TestDeliveries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ImportCommandTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsEveryEntityOfTheFixtureAndPrintsOneLinePerFile() {
        CliRun run = run("import", TestDeliveries.complete().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(
                "adviesorgaan_dekking.csv: 4 read, 4 imported, 0 rejected",
                "adviesorganen.csv: 3 read, 3 imported, 0 rejected",
                "advies_reacties.csv: 4 read, 4 imported, 0 rejected",
                "adviezen.csv: 3 read, 3 imported, 0 rejected",
                "clienten.csv: 5 read, 5 imported, 0 rejected",
                "contacten.csv: 8 read, 8 imported, 0 rejected",
                "gr_lidmaatschappen.csv: 3 read, 3 imported, 0 rejected",
                "klachten.csv: 4 read, 4 imported, 0 rejected",
                "organisaties.csv: 3 read, 3 imported, 0 rejected",
                "(bron regio-noord, periode 2026-Q3)",
                "GEACCEPTEERD");
        assertThat(new Tables(jdbc).currentCounts()).isEqualTo(Map.of(
                "organisaties", 3, "gr_lidmaatschappen", 3, "clienten", 5, "contacten", 8, "klachten", 4,
                "adviesorganen", 3, "adviesorgaan_dekking", 4, "adviezen", 3, "advies_reacties", 4));
    }

    @Test
    void storesTypedValuesAndDefaults() {
        run("import", TestDeliveries.complete().toString());

        assertThat(jdbc.queryForMap("SELECT gemeente_code, start_uitkering, einde_uitkering, route, vaste_contactpersoon "
                + "FROM clienten WHERE regel = 4"))
                .containsEntry("gemeente_code", "GM0034")
                .containsEntry("start_uitkering", java.sql.Date.valueOf("2024-01-15"))
                .containsEntry("einde_uitkering", java.sql.Date.valueOf("2026-05-01"))
                .containsEntry("route", "ONBEKEND")
                .containsEntry("vaste_contactpersoon", true);
        assertThat(jdbc.queryForObject("SELECT bereikt FROM contacten WHERE contact_id = 'CT-2'", Boolean.class))
                .as("bereikt defaults to J").isTrue();
        assertThat(jdbc.queryForObject("SELECT titel FROM adviezen WHERE advies_id = 'ADV-3'", String.class))
                .isEqualTo("Minimabeleid 2027; eerste reactie");
        assertThat(jdbc.queryForObject("SELECT adviescommissie FROM klachten WHERE klacht_id = 'K-3'", Boolean.class))
                .as("adviescommissie defaults to N").isFalse();
    }

    @Test
    void importingTheSameDeliveryAgainChangesNothing() {
        run("import", TestDeliveries.complete().toString());
        var before = new Tables(jdbc).contents();

        CliRun again = run("import", TestDeliveries.complete().toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("was al geïmporteerd", "klachten.csv: 4 read, 4 imported, 0 rejected");
        assertThat(new Tables(jdbc).contents()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isOne();
    }

    CliRun run(String... args) {
        return CliRun.run(context, args);
    }
}
