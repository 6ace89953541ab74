package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import nl.participatiemonitor.audit.Actor;
import nl.participatiemonitor.mail.Outbox;
import nl.participatiemonitor.schedule.RunHistory;
import nl.participatiemonitor.schedule.RunRestart;
import nl.participatiemonitor.schedule.ScheduledWork;
import nl.participatiemonitor.system.DutchTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code runs}: the history of runs; {@code runs show <id>} and {@code runs restart <id>}. */
@Command(name = "runs", description = "Geschiedenis van de runs (imports, indicatoren, geplande publicaties en inbox): "
        + "taak, periode, status, start, duur, rijen en melding. Nieuwste eerst. Status ONDERBROKEN: het proces van "
        + "de run is gestopt (kill, crash) terwijl hij liep; 'runs restart <id>' gaat verder waar hij stopte.",
        subcommands = {RunsCommand.Show.class, RunsCommand.Restart.class})
class RunsCommand implements Callable<Integer> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /**
     * A moment Spring Batch recorded (in the clock of the machine that ran it) as Dutch time, as the audit trail and
     * the job files show it.
     */
    static String shown(LocalDateTime recorded) {
        return recorded == null ? "-" : TIME.format(recorded.atZone(ZoneId.systemDefault())
                .withZoneSameInstant(DutchTime.ZONE));
    }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--failed", description = "Alleen mislukte runs die nog niet opnieuw zijn gestart.")
    boolean failed;

    @Option(names = "--limit", defaultValue = "50", description = "Hoeveel runs (standaard ${DEFAULT-VALUE}).")
    int limit;

    private final ApplicationContextSource application;

    RunsCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ApplicationContextSource.Session session = application.open()) {
            List<RunHistory.Run> runs = session.bean(RunHistory.class).runs(failed, limit);
            out.printf("%-6s %-26s %-24s %-10s %-19s %8s %10s  %s%n", "id", "taak", "periode", "status", "start", "duur",
                    "rijen", "melding");
            for (RunHistory.Run run : runs) {
                out.printf("%-6d %-26s %-24s %-10s %-19s %8s %10d  %s%n", run.id(), run.job(), run.period(), run.status(),
                        shown(run.start()),
                        run.duration().map(RunsCommand::duration).orElse("-"), run.rows(), clip(run.error(), 100));
            }
            if (runs.isEmpty()) {
                out.println(failed ? "Geen mislukte runs." : "Nog geen runs.");
            } else if (failed) {
                out.println("Los de oorzaak op (zie 'runs show <id>') en start een run opnieuw met 'runs restart <id>': hij "
                        + "gaat verder waar hij stopte. Een ONDERBROKEN run stopte doordat zijn proces verdween (kill, "
                        + "crash, stroom). / Fix the cause and restart a run with 'runs restart <id>'.");
            }
            if (failed) {
                failedMail(session.bean(Outbox.class), out);
            }
            return Main.OK;
        }
    }

    /** E-mail given up on after the keep time, below the failed runs: it, too, needs someone to act. */
    private static void failedMail(Outbox outbox, PrintWriter out) {
        List<Outbox.Entry> mail = outbox.failed(50);
        if (mail.isEmpty()) {
            return;
        }
        out.printf("%nMislukte e-mail (niet verzonden binnen %d uur; zie 'mail outbox'):%n", outbox.keep().toHours());
        for (Outbox.Entry e : mail) {
            out.printf("  %-6d %-19s %-30s %s: %s%n", e.id(), RunsCommand.TIME.format(e.created()), e.recipient(),
                    e.subject(), e.lastError());
        }
    }

    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 60 ? duration.toMillis() / 100 / 10.0 + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** Prints what a triggered or restarted job came to; exit code 0 when it completed or was already done. */
    static int report(PrintWriter out, ScheduledWork.Outcome outcome) {
        if (outcome.alreadyDone()) {
            out.printf("Taak %s voor %s is al gedaan; er is niets opnieuw berekend of gepubliceerd.%n", outcome.job(),
                    outcome.period());
            return Main.OK;
        }
        if (outcome.skipped()) {
            out.printf("Taak %s voor %s: overgeslagen (run %d). %s%n", outcome.job(), outcome.period(),
                    outcome.execution().getId(), outcome.execution().getExitStatus().getExitDescription());
            return Main.OK;
        }
        out.printf("Taak %s voor %s: %s (run %d).%n", outcome.job(), outcome.period(), outcome.execution().getStatus(),
                outcome.execution().getId());
        if (outcome.failed()) {
            out.printf("Zie 'runs show %d'; na herstel: 'runs restart %d'.%n", outcome.execution().getId(),
                    outcome.execution().getId());
            return Main.FAILED;
        }
        return Main.OK;
    }

    /** {@code runs show <id>}: the steps of a run with their counts, and the error in plain words. */
    @Command(name = "show", description = "Toont de stappen van een run met hun aantallen, en de fout in gewone woorden.")
    static class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "<id>")
        long id;

        private final ApplicationContextSource application;

        Show(ApplicationContextSource application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ApplicationContextSource.Session session = application.open()) {
                RunHistory history = session.bean(RunHistory.class);
                RunHistory.Run run = history.run(id).orElseThrow(() -> new IllegalArgumentException(
                        "Er is geen run " + id + "; zie 'runs'. / There is no run " + id + "."));
                out.printf("Run %d: taak %s (%s), periode %s, status %s%n", run.id(), run.job(), run.batchJob(),
                        run.period(), run.status());
                out.printf("Gestart %s, %s%n", shown(run.start()),
                        run.end() == null ? "nog bezig of afgebroken" : "duur " + run.duration().map(RunsCommand::duration)
                                .orElse("-"));
                out.println("Parameters: " + new java.util.TreeMap<>(run.parameters()));
                out.printf("%-22s %-10s %10s %10s %10s %10s%n", "stap", "status", "gelezen", "geschreven", "gefilterd",
                        "commits");
                String error = "";
                for (RunHistory.StepRun step : history.steps(id)) {
                    out.printf("%-22s %-10s %10d %10d %10d %10d%n", step.name(), step.status(), step.read(),
                            step.written(), step.filtered(), step.commits());
                    if (error.isEmpty() && !step.error().isEmpty()) {
                        error = "stap " + step.name() + ": " + step.error();
                    }
                }
                if (error.isEmpty()) {
                    error = run.error();
                }
                if (!error.isEmpty()) {
                    out.println("Fout: " + error);
                    out.printf("Los de oorzaak op en start de run opnieuw met 'runs restart %d': hij gaat verder bij de "
                            + "mislukte stap.%n", id);
                }
                return Main.OK;
            }
        }
    }

    /** {@code runs restart <id>}. */
    @Command(name = "restart", description = "Start een mislukte run opnieuw met dezelfde parameters; hij gaat verder bij "
            + "de mislukte stap en eindigt met dezelfde cijfers als een run zonder onderbreking.")
    static class Restart implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        RunsCommand runs;

        @Parameters(paramLabel = "<id>")
        long id;

        private final ApplicationContextSource application;

        Restart(ApplicationContextSource application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            try (ApplicationContextSource.Session session = application.open()) {
                RunRestart.Result result = session.bean(RunRestart.class).restart(id, Actor.of(runs.main.as));
                spec.commandLine().getOut().println(result.message());
                return result.completed() ? Main.OK : Main.FAILED;
            }
        }
    }
}
