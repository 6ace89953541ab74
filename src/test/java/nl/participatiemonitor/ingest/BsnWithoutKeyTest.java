package nl.participatiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.participatiemonitor.support.CleanDatabase;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.TestBsns;
import nl.participatiemonitor.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Without a configured key only the demo key exists, and a real BSN is never pseudonymised with it. */
@Import(TestClockConfiguration.class)
@SpringBootTest(properties = {"pm.data-dir=target/test-data", "pm.pseudonym-key="})
@ExtendWith(CleanDatabase.class)
class BsnWithoutKeyTest {

    @Autowired
    DeliveryImporter importer;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void aDeliveryWithABsnColumnIsRefusedAndNothingIsImported() {
        DeliveryFiles.in(dir)
                .csv("organisaties.csv", "organisatie_code;naam;soort", "GR-A;GR A;GR")
                .csv("clienten.csv", "bsn;gemeente_code;start_uitkering", TestBsns.valid(0) + ";GM0014;2024-01-01");

        assertThatThrownBy(() -> importer.importFolder(dir, "gm0014", null))
                .isInstanceOf(DeliveryRefusedException.class)
                .hasMessageContaining("clienten.csv has a bsn column, but no pseudonymisation key is configured")
                .satisfies(e -> assertThat(((DeliveryRefusedException) e).dutch())
                        .contains("Stel pm.pseudonym-key (of PM_PSEUDONYM_KEY) in"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leveringen", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisaties", Integer.class)).isZero();

        CliRun refused = CliRun.run(context, "import", dir.toString(), "--source", "gm0014");

        assertThat(refused.exitCode()).as("a refusal, as the README says").isEqualTo(2);
        assertThat(refused.err()).startsWith("Geweigerd: clienten.csv heeft een kolom bsn").doesNotContain("\tat ");
    }

    @Test
    void clientIdsArePseudonymisedWithTheDemoKeyKeptInTheDataFolder() throws Exception {
        DeliveryFiles.in(dir).csv("clienten.csv", "client_id;gemeente_code;start_uitkering", "C-1;GM0014;2024-01-01");

        importer.importFolder(dir, "gm0014", null);

        assertThat(Path.of("target/test-data/pseudonym-demo.key")).exists();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clienten", Integer.class)).isOne();
    }
}
