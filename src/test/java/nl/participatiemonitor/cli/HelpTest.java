package nl.participatiemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --help} after any command prints that command's usage and exits 0, without starting the application. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"import", "demo", "run", "report", "rejects", "verify", "generate", "serve", "jobs",
            "jobs trigger", "runs", "runs restart", "deliveries accept", "sources", "audit verify"})
    void helpOfEveryCommandPrintsItsUsageAndExitsZero(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ApplicationContextSource notStarted = () -> {
            throw new AssertionError("--help must not start the application");
        };
        String[] args = (command + " --help").split(" ");

        int exitCode = Main.execute(notStarted, new PrintWriter(out, true), new PrintWriter(err, true), args);

        assertThat(exitCode).isZero();
        assertThat(out.toString()).startsWith("Usage: participatiemonitor " + command).contains("--help");
        assertThat(err.toString()).isEmpty();
    }
}
