package nl.participatiemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A setting a controller got wrong stops the application with that one message, not a Spring trace. */
class StartupErrorTest {

    @Test
    void anUnknownKeyInTheNormsFileIsOneClearMessage() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = Main.execute(ApplicationContextSource.starting("--pm.data-dir=target/test-data",
                        "--pm.norms-file=src/test/resources/config/normen-onbekende-sleutel.yml"),
                new PrintWriter(out, true), new PrintWriter(err, true), "run", "--period", "2026-Q3");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("De toepassing kan niet starten: "
                        + "src/test/resources/config/normen-onbekende-sleutel.yml:2: onbekende sleutel 'normen.langdurig_maand'")
                .contains("/ unknown key 'normen.langdurig_maand'")
                .doesNotContain("Exception", "\tat ");
    }
}
