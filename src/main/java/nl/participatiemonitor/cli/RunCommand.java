package nl.participatiemonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.participatiemonitor.metrics.IndicatorFiles;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code run --period 2026-Q3}: computes the indicators of a period and writes them as CSV. */
@Command(name = "run", description = "Berekent de indicatoren van een periode voor alle gemeenten met gegevens (of de "
        + "genoemde) en schrijft indicatoren.csv (volledig), open-data.csv (kleine aantallen afgeschermd) en "
        + "signalen.csv.")
class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, description = "Periode: 2026, 2026-H2, 2026-Q3 of 2026-07.")
    String period;

    @Option(names = "--municipality", description = "Gemeentecode, bv. GM0014; herhaal voor meer gemeenten.")
    List<String> municipalities = new ArrayList<>();

    @Option(names = "--output", defaultValue = "out", description = "Map voor de bestanden (standaard ${DEFAULT-VALUE}).")
    Path output;

    private final ApplicationContextSource application;

    RunCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() throws IOException {
        Period parsed = Period.parse(period);
        try (ApplicationContextSource.Session session = application.open()) {
            return compute(session, parsed, municipalities, output, spec.commandLine().getOut());
        }
    }

    /** Runs the period, writes its files and prints a short summary; shared with the demo. */
    static int compute(ApplicationContextSource.Session session, Period period, List<String> municipalities, Path output,
            PrintWriter out) throws IOException {
        IndicatorRunner.RunSummary run = session.bean(IndicatorRunner.class).run(period, municipalities);
        List<Path> files = session.bean(IndicatorFiles.class).write(run.runId(), period, output);
        out.printf("Indicatoren %s: %d gemeenten, %d waarden, %d signalen; status %s (run %d%s).%n", period.label(),
                run.scope().municipalities().size(), run.values(), run.signals(), run.statuses(), run.runId(),
                run.computedBefore() ? ", eerder berekend met dezelfde gegevens" : "");
        files.forEach(f -> out.println("  " + f));
        return Main.OK;
    }
}
