package nl.participatiemonitor.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.participatiemonitor.support.SourceSamples;
import org.junit.jupiter.api.Test;

/** A source's workbook is read from the sheet and header row its definition names. */
class FileLayoutTest {

    static final Path REGISTER = SourceSamples.complaintRegister();

    @Test
    void theSheetIsFoundByNameOrNumberAndRowsAboveTheHeaderAreSkipped() throws Exception {
        for (String sheet : new String[] {"Klachten 2026", "2"}) {
            try (TabularReader reader = TabularFiles.open(REGISTER, new FileLayout(sheet, 3))) {
                assertThat(reader.header()).startsWith("Nr.", "Datum ontvangst", "Binnengekomen via");
                SourceRow first = reader.next();
                assertThat(first.line()).isEqualTo(4);
                assertThat(first.values()).startsWith("KL-2026-001", "2026-07-02", "Brief");
            }
        }
    }

    @Test
    void aSheetOrHeaderRowThatIsNotThereIsOneClearRefusal() {
        assertThatThrownBy(() -> TabularFiles.open(REGISTER, new FileLayout("Klachten 2025", 3)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("klachtenregister-2026-Q3.xlsx has no worksheet \"Klachten 2025\"; its worksheets are: "
                        + "Toelichting, Klachten 2026. Change sheet in the source definition or deliver the workbook with "
                        + "that worksheet.");
        assertThatThrownBy(() -> TabularFiles.inspect(REGISTER, FileLimits.defaults(), new FileLayout("Klachten 2026", 40)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("klachtenregister-2026-Q3.xlsx has no header row: row 40 of worksheet \"Klachten 2026\" "
                        + "contains no column names. Put the column names in that row or change header-row in the "
                        + "source definition.");
    }
}
