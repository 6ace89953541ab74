package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.util.List;
import nl.participatiemonitor.ingest.DeliveryRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The command line: {@code java -jar participatiemonitor.jar <command>}. Command names are English,
 * the messages people read are Dutch (with English where a supplier or reviewer may need it).
 */
@Command(name = "participatiemonitor", mixinStandardHelpOptions = true, version = "Participatiemonitor 0.1",
        description = "Verzamelt aanleveringen over de uitvoering van de Participatiewet en maakt er indicatoren en "
                + "rapportages van.",
        subcommands = {DemoCommand.class, ImportCommand.class, RejectsCommand.class, RunCommand.class, ReportCommand.class, VerifyCommand.class,
                GenerateCommand.class,
                ServeCommand.class, JobsCommand.class, RunsCommand.class, DeliveriesCommand.class, SourcesCommand.class,
                AuditCommand.class, DbCommand.class,
                UsersCommand.class,
                SubscriptionsCommand.class, MailCommand.class,
                CommandLine.HelpCommand.class})
public class Main implements Runnable {

    /** Exit codes shared by the commands. */
    static final int OK = 0;
    static final int FAILED = 1;
    static final int REFUSED = 2;
    static final int HELD = 3;

    @Option(names = "--as", scope = ScopeType.INHERIT, paramLabel = "<naam>",
            description = "Naam waaronder de opdracht in het auditspoor komt (standaard de gebruiker van het systeem).")
    String as;

    public static void main(String[] args) {
        // Exit explicitly: a started application may keep non-daemon threads (STACK.md).
        System.exit(execute(ApplicationContextSource.starting(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args));
    }

    /** Runs one command against {@code application}, printing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(ApplicationContextSource application, PrintWriter out, PrintWriter err, String... args) {
        CommandAudit audit = new CommandAudit(application);
        Main main = new Main();
        CommandLine commandLine = new CommandLine(main, new CommandFactory(audit));
        addHelpOption(commandLine);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            audit.failed(e);
            err.println(UserErrors.describe(e));
            if (UserErrors.isBug(e)) {
                e.printStackTrace(err);
            }
            // A delivery refused as a whole is a refusal like a refused file: exit code 2, as the README promises.
            return e instanceof DeliveryRefusedException ? REFUSED : FAILED;
        });
        audit.starting(commandLine, () -> main.as, List.of(args));
        int exitCode = commandLine.execute(args);
        try {
            audit.finish(commandLine, main.as, List.of(args), exitCode);
        } catch (RuntimeException e) {
            err.println("Het auditspoor kon niet worden bijgewerkt / the audit trail could not be written: " + e.getMessage());
            return FAILED;
        }
        return exitCode;
    }

    /** Gives every command {@code -h}/{@code --help}: its usage, exit code 0, nothing started. */
    private static void addHelpOption(CommandLine command) {
        for (CommandLine sub : command.getSubcommands().values()) {
            if (sub.getCommandSpec().findOption("--help") == null) {
                sub.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Toont deze hulp en stopt.").build());
            }
            addHelpOption(sub);
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Geef een opdracht, bijvoorbeeld: demo");
    }
}
