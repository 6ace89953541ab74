package nl.participatiemonitor.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.participatiemonitor.cli.ApplicationContextSource;
import nl.participatiemonitor.cli.Main;
import org.junit.jupiter.api.Test;

/** A source definition a controller got wrong stops the application with one message naming file, line and key. */
class SourceStartupTest {

    @Test
    void anUnknownCanonicalColumnStopsTheStartWithOneClearMessage() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = Main.execute(ApplicationContextSource.starting("--pm.data-dir=target/test-data",
                        "--pm.sources.dir=src/test/resources/config/bronnen-onbekende-kolom"),
                new PrintWriter(out, true), new PrintWriter(err, true), "import", "--source", "klachtenregister",
                "register.xlsx");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("De toepassing kan niet starten: "
                        + "src/test/resources/config/bronnen-onbekende-kolom/klachtenregister.yml:9: onbekende canonieke "
                        + "kolom 'oordeel' bij 'columns.oordeel' voor entiteit klachten")
                .contains("/ unknown canonical column 'oordeel' at 'columns.oordeel'")
                .doesNotContain("Exception", "\tat ");
    }
}
