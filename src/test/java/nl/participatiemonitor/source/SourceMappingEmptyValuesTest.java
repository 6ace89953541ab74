package nl.participatiemonitor.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;

/**
 * Empty values in value mappings, as docs/bronnen.md ("Empty values") describes them: an empty cell can be
 * given a code with the key {@code ""}, a value can be mapped to empty with {@code ""} or an empty right side,
 * {@code unmapped} never touches an empty cell, and {@code ~} and {@code null} are texts, not empty.
 */
class SourceMappingEmptyValuesTest {

    static final List<String> HEADER = List.of("Nr", "Datum", "Onderwerp", "Kanaal", "Af", "Oordeel");

    @TempDir
    Path dir;

    @Test
    void anEmptyCellGetsTheCodeOfTheEmptyKey() throws Exception {
        SourceMapping mapping = mapping("""
                values:
                  kanaal:
                    map: {"": BRIEF, Post: BRIEF}
                """);

        assertThat(canonical(mapping, "1", "2026-07-01", "BEJEGENING", "", "", "")).containsExactly("1", "2026-07-01",
                "BEJEGENING", "BRIEF", "", "", "GM0014");
        assertThat(canonical(mapping, "2", "2026-07-01", "BEJEGENING", "post", "", "")).contains("BRIEF");
    }

    @Test
    void aValueMappedToEmptyBecomesEmpty() throws Exception {
        SourceMapping mapping = mapping("""
                values:
                  kanaal:
                    map: {Onbekend: "", Balie: BALIE}
                  uitkomst:
                    map: {n.v.t.: , Gegrond: GEGROND}
                """);

        assertThat(canonical(mapping, "1", "2026-07-01", "BEJEGENING", "onbekend", "", "n.v.t."))
                .containsExactly("1", "2026-07-01", "BEJEGENING", "", "", "", "GM0014");
    }

    @Test
    void unmappedNeverTouchesAnEmptyCellAndCanItselfBeEmpty() throws Exception {
        SourceMapping withDefault = mapping("""
                values:
                  kanaal:
                    map: {Post: BRIEF}
                    unmapped: BALIE
                """);
        assertThat(canonical(withDefault, "1", "2026-07-01", "BEJEGENING", "", "", "")).element(3).isEqualTo("");
        assertThat(canonical(withDefault, "2", "2026-07-01", "BEJEGENING", "Loket", "", "")).element(3).isEqualTo("BALIE");

        SourceMapping toEmpty = mapping("""
                values:
                  kanaal:
                    map: {Post: BRIEF}
                    unmapped: ""
                """);
        assertThat(canonical(toEmpty, "3", "2026-07-01", "BEJEGENING", "Loket", "", "")).element(3).isEqualTo("");
    }

    @Test
    void aMappingOnADateColumnNeedsKeepForTheRealDates() throws Exception {
        SourceMapping rejecting = mapping("""
                values:
                  afgehandeld:
                    map: {"-": ""}
                """);
        assertThat(rejecting.map(row("1", "2026-07-01", "BEJEGENING", "", "2026-07-09", "GEGROND")))
                .isInstanceOf(SourceMapping.Mapped.Rejected.class);

        SourceMapping keeping = mapping("""
                values:
                  afgehandeld:
                    map: {"-": ""}
                    unmapped: keep
                """);
        assertThat(canonical(keeping, "1", "2026-07-01", "BEJEGENING", "", "-", "")).element(4).isEqualTo("");
        assertThat(canonical(keeping, "2", "2026-07-01", "BEJEGENING", "", "2026-07-09", "GEGROND")).element(4)
                .isEqualTo("2026-07-09");
    }

    @Test
    void tildeAndNullAreTextsNotEmpty() throws Exception {
        SourceMapping tildeKey = mapping("""
                values:
                  kanaal:
                    map: {~: BRIEF}
                """);
        assertThat(canonical(tildeKey, "1", "2026-07-01", "BEJEGENING", "", "", "")).element(3).isEqualTo("");

        assertThatThrownBy(() -> mapping("""
                values:
                  kanaal:
                    map: {Balie: ~}
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gives '~'");
        assertThatThrownBy(() -> mapping("""
                values:
                  kanaal:
                    map: {Balie: null}
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gives 'null'");
    }

    private SourceMapping mapping(String values) throws IOException, UnreadableFileException {
        Path folder = Files.createTempDirectory(dir, "definition");
        Files.writeString(folder.resolve("klachten.yml"), """
                id: klachten-leeg
                entity: klachten
                kind: csv
                municipality: GM0014
                columns:
                  klacht_id: Nr
                  ontvangen: Datum
                  onderwerp: Onderwerp
                  kanaal: Kanaal
                  afgehandeld: Af
                  uitkomst: Oordeel
                """ + values);
        SourceDefinition definition = SourceDefinitions.load(List.of(folder),
                new StandardEnvironment()::resolveRequiredPlaceholders, Set.of("GM0014")).find("klachten-leeg")
                .orElseThrow();
        return SourceMapping.bind(definition, folder.resolve("export.csv"), HEADER);
    }

    private static SourceRow row(String... values) {
        return new SourceRow(2, List.of(values), values.length);
    }

    private static List<String> canonical(SourceMapping mapping, String... values) {
        SourceMapping.Mapped mapped = mapping.map(row(values));
        assertThat(mapped).isInstanceOf(SourceMapping.Mapped.Row.class);
        return ((SourceMapping.Mapped.Row) mapped).row().values();
    }
}
