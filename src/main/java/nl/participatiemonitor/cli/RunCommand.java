package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.report.ReportPublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code run --period 2026-Q3}: computes the indicators of a period and writes them as CSV. */
@Command(name = "run", description = "Berekent de indicatoren van een periode voor alle gemeenten met gegevens (of de "
        + "genoemde) en publiceert in het archief <output>/<periode>/: indicatoren.csv (volledig), open-data.csv (kleine "
        + "aantallen afgeschermd) en signalen.csv, en per gemeente de raadsrapportage (PDF), elk met manifest.json.")
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
    public Integer call() {
        Period parsed = Period.parse(period);
        try (ApplicationContextSource.Session session = application.open()) {
            return compute(session, parsed, municipalities, output, spec.commandLine().getOut());
        }
    }

    /** Runs the period, publishes its files and reports into the archive and says where they are; shared with the demo. */
    static int compute(ApplicationContextSource.Session session, Period period, List<String> municipalities, Path output,
            PrintWriter out) {
        IndicatorRunner.RunSummary run = session.bean(IndicatorRunner.class).run(period, municipalities);
        out.printf("Indicatoren %s: %d gemeenten, %d waarden, %d signalen; status %s (run %d%s).%n", period.label(),
                run.scope().municipalities().size(), run.values(), run.signals(), run.statuses(), run.runId(),
                run.computedBefore() ? ", eerder berekend met dezelfde gegevens" : "");
        List<ReportPublisher.Published> published = session.bean(ReportPublisher.class)
                .publish(run.runId(), run.scope().label(), output);
        ReportPublisher.Published files = published.get(0);
        out.printf("Bestanden (revisie %d%s):%n", files.revision(), files.created() ? "" : ", ongewijzigd");
        files.files().forEach(f -> out.println("  " + f));
        List<ReportPublisher.Published> reports = published.subList(1, published.size());
        long created = reports.stream().filter(ReportPublisher.Published::created).count();
        out.printf("Raadsrapportages: %d (%d nieuw of herzien), bijvoorbeeld%n  %s%n", reports.size(), created,
                reports.get(0).files().get(0));
        out.printf("Controleer het archief met: java -jar target/participatiemonitor.jar verify %s%n", output);
        return Main.OK;
    }
}
