package nl.participatiemonitor.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.participatiemonitor.ingest.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;

/** A source row becomes a canonical row, or a reject that says which definition and column could not map it. */
class SourceMappingTest {

    static final List<String> HEADER = List.of("Nummer", "Datum", "Tijd", "Soort", "Resultaat", "Notitie");

    @TempDir
    Path dir;

    SourceDefinition definition;

    @BeforeEach
    void definition() throws IOException {
        Files.writeString(dir.resolve("contacten.yml"), """
                id: contacten-test
                entity: contacten
                kind: csv
                columns:
                  contact_id: Nummer
                  client_id: {constant: C-1}
                  datum: {concat: [Datum, Tijd], separator: " "}
                  kanaal: Soort
                  doel: {constant: ONDERSTEUNING}
                  bereikt: Resultaat
                values:
                  kanaal:
                    map: {Telefonisch: TELEFOON, "  Op   kantoor ": KANTOOR}
                    unmapped: keep
                  bereikt:
                    map: {Gesproken: J}
                    unmapped: N
                date-formats: [d-M-yyyy HH:mm, d-M-yyyy, excel]
                """);
        definition = SourceDefinitions.load(List.of(dir), new StandardEnvironment()::resolveRequiredPlaceholders,
                Set.of()).find("contacten-test").orElseThrow();
    }

    @Test
    void columnsAreJoinedTranslatedAndDatesRewritten() throws Exception {
        SourceMapping mapping = SourceMapping.bind(definition, dir.resolve("export.csv"),
                List.of("nummer", "DATUM", "Tijd ", "Soort", "Resultaat", "Notitie"));

        assertThat(mapping.header()).containsExactly("contact_id", "client_id", "datum", "kanaal", "doel", "bereikt");
        assertThat(map(mapping, 7, "CT-1", "3-9-2026", "14:05", "op kantoor", "Gesproken", "vrije tekst"))
                .containsExactly("CT-1", "C-1", "2026-09-03", "KANTOOR", "ONDERSTEUNING", "J");
        assertThat(map(mapping, 8, "CT-2", "4-9-2026", "", "telefonisch", "geen gehoor", ""))
                .as("an empty time, an unmapped value with a default").containsExactly("CT-2", "C-1", "2026-09-04",
                        "TELEFOON", "ONDERSTEUNING", "N");
        assertThat(map(mapping, 9, "CT-3", "46268", "", "Videobellen", "", ""))
                .as("an Excel serial date; an unmapped value kept for validation; empty stays empty")
                .containsExactly("CT-3", "C-1", "2026-09-03", "Videobellen", "ONDERSTEUNING", "");
    }

    @Test
    void aDateInNoFormatIsRejectedNamingTheDefinitionAndTheColumns() throws Exception {
        SourceMapping mapping = SourceMapping.bind(definition, dir.resolve("export.csv"), HEADER);

        SourceMapping.Mapped mapped = mapping.map(new SourceRow(12, List.of("CT-4", "2026/09/03", "10:00", "Telefonisch",
                "Gesproken", ""), 6));

        assertThat(mapped).isInstanceOf(SourceMapping.Mapped.Rejected.class);
        SourceMapping.Mapped.Rejected rejected = (SourceMapping.Mapped.Rejected) mapped;
        assertThat(rejected.line()).isEqualTo(12);
        assertThat(rejected.problems()).extracting(Problem::column, Problem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Datum+Tijd", "2026/09/03 10:00"));
        assertThat(rejected.problems().get(0).english()).isEqualTo("Date '2026/09/03 10:00' in source column 'Datum' + "
                + "'Tijd' (datum) matches no date format of source definition contacten-test (" + dir.resolve(
                        "contacten.yml") + "): yyyy-MM-dd, d-M-yyyy HH:mm, d-M-yyyy, excel. Correct the date or add the "
                + "format under date-formats.");
    }

    @Test
    void aFileWithoutAColumnTheDefinitionReadsIsRefusedWhole() {
        assertThatThrownBy(() -> SourceMapping.bind(definition, dir.resolve("export.csv"),
                List.of("Nummer", "Datum", "Soort")))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("export.csv lacks the column(s) Tijd, Resultaat that source definition contacten-test ("
                        + dir.resolve("contacten.yml") + ") reads. Deliver the file with those columns or change "
                        + "'columns' in the source definition.");
    }

    @Test
    void aLineWithMoreFieldsThanTheHeaderIsRejected() throws Exception {
        SourceMapping mapping = SourceMapping.bind(definition, dir.resolve("export.csv"), HEADER);

        SourceMapping.Mapped mapped = mapping.map(new SourceRow(3, List.of("CT-5", "3-9-2026", "", "Telefonisch",
                "Gesproken", "a"), 7));

        assertThat(((SourceMapping.Mapped.Rejected) mapped).problems().get(0).english())
                .isEqualTo("The line has 7 fields, the header 6. Put text containing a delimiter between double quotes.");
    }

    private static List<String> map(SourceMapping mapping, long line, String... values) {
        SourceMapping.Mapped mapped = mapping.map(new SourceRow(line, List.of(values), values.length));
        assertThat(mapped).as("mapped, not rejected: %s", mapped).isInstanceOf(SourceMapping.Mapped.Row.class);
        SourceRow row = ((SourceMapping.Mapped.Row) mapped).row();
        assertThat(row.line()).isEqualTo(line);
        return row.values();
    }
}
