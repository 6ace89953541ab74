package nl.participatiemonitor.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.participatiemonitor.cli.ApplicationContextSource;
import nl.participatiemonitor.cli.Main;
import org.springframework.context.ApplicationContext;

/** Runs a command in-process against a test's application, capturing what it prints and its exit code. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun run(ApplicationContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.execute(ApplicationContextSource.of(context), new PrintWriter(out, true),
                new PrintWriter(err, true), args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
