package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code java -jar participatiemonitor.jar <command>}. Command names are English,
 * the messages people read are Dutch (with English where a supplier or reviewer may need it).
 */
@Command(name = "participatiemonitor", mixinStandardHelpOptions = true, version = "Participatiemonitor 0.1",
        description = "Verzamelt aanleveringen over de uitvoering van de Participatiewet en maakt er indicatoren en "
                + "rapportages van.",
        subcommands = {DemoCommand.class, ImportCommand.class, RejectsCommand.class, RunCommand.class, ReportCommand.class, VerifyCommand.class,
                GenerateCommand.class,
                CommandLine.HelpCommand.class})
public class Main implements Runnable {

    /** Exit codes shared by the commands. */
    static final int OK = 0;
    static final int FAILED = 1;
    static final int REFUSED = 2;
    static final int HELD = 3;

    public static void main(String[] args) {
        // Exit explicitly: a started application may keep non-daemon threads (STACK.md).
        System.exit(execute(ApplicationContextSource.starting(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args));
    }

    /** Runs one command against {@code application}, printing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(ApplicationContextSource application, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main(), new CommandFactory(application));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println(UserErrors.describe(e));
            if (UserErrors.isBug(e)) {
                e.printStackTrace(err);
            }
            return FAILED;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Geef een opdracht, bijvoorbeeld: demo");
    }
}
