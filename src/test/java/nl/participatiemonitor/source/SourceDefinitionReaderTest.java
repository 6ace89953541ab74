package nl.participatiemonitor.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.participatiemonitor.ingest.CanonicalEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** A source definition is checked when the application starts; a mistake is named by file, line and key. */
class SourceDefinitionReaderTest {

    static final String COMPLAINTS = """
            id: register
            entity: klachten
            kind: csv
            municipality: GM0014
            columns:
              klacht_id: Nummer
              ontvangen: Ontvangen
              onderwerp: Onderwerp
            """;

    @TempDir
    Path dir;

    @Test
    void theExampleDefinitionsAreUnderstood() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "spring.datasource.url", "jdbc:mariadb://127.0.0.1:3306/pm", "spring.datasource.username", "pm")));

        SourceDefinitions definitions = SourceDefinitions.load(List.of(Path.of("config/sources/examples")),
                environment::resolveRequiredPlaceholders, Set.of("GM0014"));

        assertThat(definitions.all()).extracting(SourceDefinition::id)
                .containsExactly("voorbeeld-clientsysteem", "voorbeeld-klachtenregister", "voorbeeld-zaaksysteem");
        SourceDefinition register = definitions.find("voorbeeld-klachtenregister").orElseThrow();
        assertThat(register.layout()).isEqualTo(new FileLayout("Klachten 2026", 3));
        assertThat(register.mode()).isEqualTo(SourceDefinition.Mode.SNAPSHOT);
        assertThat(register.canonicalHeader()).endsWith("uitkomst", "gemeente_code");
        SourceDefinition database = definitions.find("voorbeeld-zaaksysteem").orElseThrow();
        assertThat(database.entity()).isEqualTo(CanonicalEntity.CONTACTEN);
        assertThat(database.jdbc().url()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/pm");
        assertThat(database.jdbc().username()).isEqualTo("pm");
        assertThat(database.jdbc().fetchSize()).isEqualTo(500);
        assertThat(database.periodOn(java.time.LocalDate.of(2026, 11, 23))).isNull();
        assertThat(register.periodOn(java.time.LocalDate.of(2026, 11, 23))).isEqualTo("2026-Q3");
        assertThat(register.periodOn(java.time.LocalDate.of(2026, 1, 5))).isEqualTo("2025-Q4");
    }

    @Test
    void anUnknownCanonicalColumnIsNamedWithFileLineAndKey() throws IOException {
        Path file = write("register.yml", COMPLAINTS + "  klachtnummer: Nr\n");

        assertThatThrownBy(() -> load())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":9: onbekende canonieke kolom 'klachtnummer' bij 'columns.klachtnummer' "
                        + "voor entiteit klachten")
                .hasMessageContaining("unknown canonical column 'klachtnummer' at 'columns.klachtnummer' for entity "
                        + "klachten; known columns are klacht_id, gemeente_code, ontvangen");
    }

    @Test
    void aRequiredColumnThatIsNotMappedIsNamed() throws IOException {
        Path file = write("register.yml", COMPLAINTS.replace("  onderwerp: Onderwerp\n", "")
                .replace("municipality: GM0014\n", ""));

        assertThatThrownBy(() -> load())
                .hasMessageStartingWith(file + ":4: 'columns' mist de verplichte kolom(men) gemeente_code, onderwerp "
                        + "van klachten (gemeente_code kan ook uit 'municipality' komen).")
                .hasMessageEndingWith("'columns' lacks the required column(s) gemeente_code, onderwerp of klachten "
                        + "(gemeente_code may also come from 'municipality').");
    }

    @Test
    void anUnparseableDateFormatIsNamedWithItsPlaceInTheList() throws IOException {
        Path file = write("register.yml", COMPLAINTS + "date-formats: [dd-MM-yyyy, dd-MM-jjjj]\n");

        assertThatThrownBy(() -> load())
                .hasMessageStartingWith(file + ":9: 'date-formats[2]' 'dd-MM-jjjj' is geen bruikbare datumnotatie")
                .hasMessageContaining("'date-formats[2]' 'dd-MM-jjjj' is not a usable date format");
    }

    @Test
    void otherMistakesAreNamedToo() throws IOException {
        assertRefused(COMPLAINTS + "modus: snapshot\n", ":9: onbekende sleutel 'modus'; bekende sleutels zijn id, ");
        assertRefused(COMPLAINTS.replace("entity: klachten", "entity: klacht"), ":2: onbekende entiteit 'klacht'");
        assertRefused(COMPLAINTS.replace("kind: csv", "kind: excel"), ":3: 'kind' is een van csv, xlsx, jdbc, niet 'excel'.");
        assertRefused(COMPLAINTS.replace("GM0014", "GM9999"), ":4: onbekende gemeente 'GM9999' bij 'municipality'");
        assertRefused(COMPLAINTS + "values:\n  uitkomst:\n    map: {Gegrond: GEGROND}\n",
                ":10: 'values.uitkomst' hoort bij een kolom die niet onder 'columns' staat.");
        assertRefused(COMPLAINTS + "sheet: Blad1\n", ":9: 'sheet' hoort alleen bij kind xlsx.");
        assertRefused(COMPLAINTS + "values:\n  onderwerp:\n    map: {Bejegening: BEJEGENEN}\n",
                ":11: 'values.onderwerp.map.Bejegening' geeft 'BEJEGENEN', en dat kan klachten.onderwerp niet bevatten "
                        + "(BEJEGENING, BEREIKBAARHEID, ");
        assertRefused(COMPLAINTS + "values:\n  onderwerp:\n    unmapped: anders\n",
                ":11: 'values.onderwerp.unmapped' geeft 'anders', en dat kan klachten.onderwerp niet bevatten");
        assertRefused(COMPLAINTS.replace("kind: csv", "kind: jdbc") + """
                jdbc:
                  url: jdbc:mariadb://localhost/zaken
                  password: ${ZAAKSYSTEEM_WACHTWOORD}
                  query: SELECT * FROM zaken WHERE gewijzigd > :since
                """, ":11: 'jdbc.password' verwijst naar een instelling of omgevingsvariabele die niet bestaat");
        assertRefused(COMPLAINTS.replace("kind: csv", "kind: jdbc") + """
                jdbc:
                  url: jdbc:mariadb://localhost/zaken
                  query: SELECT * FROM zaken WHERE gewijzigd > :vanaf
                """, ":11: 'jdbc.query' gebruikt de onbekende parameter :vanaf; alleen :since en :until bestaan.");
    }

    @Test
    void aDatabaseSourceReadsItsClientFromOneColumn() throws IOException {
        Path file = write("zaken.yml", """
                id: zaken
                entity: contacten
                kind: jdbc
                jdbc:
                  url: jdbc:mariadb://localhost/zaken
                  query: SELECT * FROM contactmoment WHERE gewijzigd > :since AND gewijzigd <= :until
                columns:
                  contact_id: id
                  client_id: {concat: [gemeente, klantnummer]}
                  datum: datum
                  kanaal: kanaal
                  doel: {constant: OVERIG}
                """);

        assertThatThrownBy(() -> load()).hasMessage(file + ":7: 'columns.client_id' komt bij een databasebron uit "
                + "precies één kolom van de query. / 'columns.client_id' of a database source comes from exactly one "
                + "column of the query.");
    }

    @Test
    void aDefinitionFeedingTheBsnIntoAnotherColumnIsRefused() throws IOException {
        Path file = write("contacten.yml", """
                id: zaken
                entity: contacten
                kind: csv
                municipality: GM0014
                columns:
                  contact_id: {concat: [bsn, datum], separator: "-"}
                  bsn: BSN
                  datum: datum
                  kanaal: kanaal
                  doel: {constant: OVERIG}
                """);

        assertThatThrownBy(() -> load()).hasMessage(file + ":5: 'columns.contact_id' leest bronkolom 'bsn', die ook "
                + "'bsn' levert. Dat nummer wordt alleen in 'bsn' gepseudonimiseerd; elders zou het onversleuteld worden "
                + "opgeslagen. Kies een andere bronkolom voor 'contact_id'. / 'columns.contact_id' reads source column "
                + "'bsn', which also gives 'bsn'. That number is pseudonymised only in 'bsn'; anywhere else it would be "
                + "stored as it is. Choose another source column for 'contact_id'.");
    }

    @Test
    void twoDefinitionsOfOneSourceAreRefused() throws IOException {
        write("a.yml", COMPLAINTS);
        Path second = write("b.yml", COMPLAINTS);

        assertThatThrownBy(() -> load()).hasMessageStartingWith(second + ": de bron 'register' is al beschreven in "
                + dir.resolve("a.yml"));
    }

    private void assertRefused(String yaml, String expected) throws IOException {
        Path file = write("register.yml", yaml);
        assertThatThrownBy(() -> load()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + expected);
    }

    private SourceDefinitions load() {
        return SourceDefinitions.load(List.of(dir), new StandardEnvironment()::resolveRequiredPlaceholders,
                Set.of("GM0014"));
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }
}
