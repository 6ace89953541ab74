package nl.participatiemonitor.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import nl.participatiemonitor.ingest.DatabaseSourceImporter;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.ingest.DeliverySummary;
import nl.participatiemonitor.ingest.SourceWatermarks;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.SourceSamples;
import nl.participatiemonitor.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database source voorbeeld-zaaksysteem reads only what changed after its watermark, and a database
 * that cannot be reached fails the run clearly without moving the watermark.
 */
@IntegrationTest
class DatabaseSourceTest {

    static final String CHANGED = "2026-09-30 18:00";

    @Autowired
    TestClock clock;

    @Autowired
    DatabaseSourceImporter databaseSources;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    SourceWatermarks watermarks;

    @Autowired
    SourceDefinitions definitions;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    SourceDefinition caseSystem;
    CaseSystem cases;

    @BeforeEach
    void clientsAndTheirContacts() throws Exception {
        importer.importSource("voorbeeld-clientsysteem", SourceSamples.clientExport(dir), "2026-Q3");
        SourceSamples.createCaseSystem(jdbc);
        cases = new CaseSystem(jdbc).client(1, 1).client(2, 2).client(3, 3);
        cases.contact(101, 1, "2026-07-14", "10:00", "Huisbezoek", "Begeleiding", "Gesproken", CHANGED);
        cases.contact(102, 1, "2026-08-20", "09:30", "Telefonisch", "Inkomen", "Geen gehoor", CHANGED);
        cases.contact(103, 2, "2026-09-02", "14:00", "Balie", "Heronderzoek", "Gesproken", CHANGED);
        caseSystem = definitions.find("voorbeeld-zaaksysteem").orElseThrow();
    }

    @Test
    void aSecondRunReadsOnlyRowsChangedAfterTheWatermark() throws Exception {
        DeliverySummary first = databaseSources.importChanges(caseSystem, null).delivery();
        LocalDateTime mark = watermarks.of("voorbeeld-zaaksysteem").orElseThrow();
        // Changed after the first run: 103 corrected, 104 new. 105 was written with a change time before the
        // watermark (a row the first run has read, as far as the watermark knows).
        String later = Timestamp.valueOf(mark.plusSeconds(1)).toString();
        jdbc.update("UPDATE zaaksysteem_contactmoment SET resultaat = 'Niet bereikt', gewijzigd_op = ? WHERE id = 103",
                later);
        cases.contact(104, 3, "2026-09-10", null, "E-mail", "Begeleiding", "Gesproken", later);
        cases.contact(105, 3, "2026-09-11", null, "Brief", "Inkomen", "Gesproken", "2026-09-01 08:00");
        clock.advance(Duration.ofSeconds(2));

        DeliverySummary second = databaseSources.importChanges(caseSystem, null).delivery();

        assertThat(first.files().get(0).read()).isEqualTo(3);
        assertThat(second.files().get(0).read()).isEqualTo(2);
        assertThat(second.files().get(0).imported()).isEqualTo(2);
        SourceFigures figures = new SourceFigures(jdbc);
        assertThat(figures.rows("SELECT contact_id, IF(bereikt, 'J', 'N'), levering_id = ? FROM contacten "
                + "WHERE actueel = 1 ORDER BY contact_id", second.id())).containsExactly(
                "101|J|0", "102|N|0", "103|N|1", "104|J|1");
        assertThat(figures.rows("SELECT IF(bereikt, 'J', 'N'), actueel FROM contacten WHERE contact_id = '103' "
                + "ORDER BY id")).containsExactly("J|null", "N|1");
        assertThat(watermarks.of("voorbeeld-zaaksysteem")).get().matches(m -> m.isAfter(mark.plusSeconds(1)));
        assertThat(jdbc.queryForObject("SELECT levering_id FROM bron_watermerken WHERE bron = 'voorbeeld-zaaksysteem'",
                String.class)).isEqualTo(second.id());
    }

    @Test
    void anUnreachableDatabaseFailsTheRunWithAClearMessageAndKeepsTheWatermark() throws Exception {
        databaseSources.importChanges(caseSystem, null);
        Optional<LocalDateTime> mark = watermarks.of("voorbeeld-zaaksysteem");
        int deliveries = jdbc.queryForObject("SELECT COUNT(*) FROM leveringen", Integer.class);
        SourceDefinition.JdbcSettings settings = caseSystem.jdbc();
        SourceDefinition unreachable = new SourceDefinition(caseSystem.file(), caseSystem.fingerprint(),
                caseSystem.id(), caseSystem.description(), caseSystem.municipality(), caseSystem.gr(),
                caseSystem.entity(), caseSystem.kind(), caseSystem.layout(), caseSystem.mode(), caseSystem.columns(),
                caseSystem.values(), caseSystem.dates(), caseSystem.period(),
                new SourceDefinition.JdbcSettings("jdbc:mariadb://127.0.0.1:1/zaaksysteem?password=geheim",
                        settings.username(), settings.password(), settings.query(), settings.fetchSize(),
                        java.time.Duration.ofSeconds(2), settings.queryTimeout(), settings.start()));
        cases.contact(104, 3, "2026-09-10", null, "E-mail", "Begeleiding", "Gesproken",
                Timestamp.valueOf(mark.orElseThrow().plusSeconds(1)).toString());

        assertThatThrownBy(() -> databaseSources.importChanges(unreachable, null))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageStartingWith("Source voorbeeld-zaaksysteem cannot be reached (jdbc:mariadb://127.0.0.1:1/zaaksysteem)")
                .hasMessageEndingWith("Nothing was imported and the watermark is unchanged; the next run tries again.")
                .hasMessageNotContaining("geheim")
                .satisfies(e -> assertThat(((SourceUnavailableException) e).dutch())
                        .startsWith("Bron voorbeeld-zaaksysteem is niet bereikbaar"));
        assertThat(watermarks.of("voorbeeld-zaaksysteem")).isEqualTo(mark);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leveringen", Integer.class)).isEqualTo(deliveries);

        clock.advance(Duration.ofSeconds(1));
        DeliverySummary retried = databaseSources.importChanges(caseSystem, null).delivery();

        assertThat(retried.files().get(0).read()).as("the next firing reads what the failed one could not").isOne();
    }
}
