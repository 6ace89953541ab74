package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.PeriodKind;
import nl.participatiemonitor.report.Audience;
import nl.participatiemonitor.report.PublicationRuns;
import nl.participatiemonitor.report.ReportPublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code run --period 2026-Q3}: computes the indicators of a period and writes them as CSV. */
@Command(name = "run", description = "Berekent de indicatoren van een periode voor alle gemeenten met gegevens (of de "
        + "genoemde) en publiceert in het archief <output>/<periode>/: indicatoren.csv (volledig), open-data.csv (kleine "
        + "aantallen afgeschermd) en signalen.csv, de raadsrapportage per gemeente (PDF en Excel), de toezichtrapportage, het dossier per gemeente "
        + "(vertrouwelijk) en, voor een heel jaar, het jaaroverzicht klachten per bestuursorgaan; elk met manifest.json.")
class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, description = "Periode: 2026, 2026-H2, 2026-Q3 of 2026-07.")
    String period;

    @Option(names = "--municipality", description = "Gemeentecode, bv. GM0014; herhaal voor meer gemeenten.")
    List<String> municipalities = new ArrayList<>();

    @Option(names = "--audience", paramLabel = "<doelgroep>", description = "Alleen de rapportages voor: raad, toezicht, "
            + "jaaroverzicht of dossier; herhaal voor meer (standaard alle; het jaaroverzicht alleen voor een jaar).")
    List<String> audiences = new ArrayList<>();

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
            return compute("run", session, parsed, municipalities, output, audiences.isEmpty() ? defaultAudiences(parsed)
                    : EnumSet.copyOf(audiences.stream().map(Audience::parse).toList()), spec.commandLine().getOut());
        }
    }

    /** Runs the period, publishes its files and reports into the archive and says where they are; shared with the demo. */
    static int compute(String command, ApplicationContextSource.Session session, Period period, List<String> municipalities, Path output,
            Set<Audience> audiences, PrintWriter out) {
        IndicatorRunner.RunSummary run = session.bean(IndicatorRunner.class).run(period, municipalities);
        out.printf("Indicatoren %s: %d gemeenten, %d waarden, %d signalen; status %s (run %d%s).%n", period.label(),
                run.scope().municipalities().size(), run.values(), run.signals(), run.statuses(), run.runId(),
                run.computedBefore() ? ", eerder berekend met dezelfde gegevens" : "");
        List<ReportPublisher.Published> published = session.bean(PublicationRuns.class)
                .publish(command, period.label(), run.runId(), run.scope().label(), output, audiences);
        ReportPublisher.Published files = published.get(0);
        out.printf("Bestanden (revisie %d%s):%n", files.revision(), files.created() ? "" : ", ongewijzigd");
        files.files().forEach(f -> out.println("  " + f));
        for (Audience audience : Audience.values()) {
            List<ReportPublisher.Published> reports = published.stream().filter(p -> p.audience() == audience).toList();
            if (reports.isEmpty()) {
                continue;
            }
            long created = reports.stream().filter(ReportPublisher.Published::created).count();
            out.printf("%s: %d (%d nieuw of herzien), %s%n  %s%n", TITLES.get(audience), reports.size(), created,
                    reports.size() == 1 ? "in" : "bijvoorbeeld", reports.get(0).folder());
        }
        if (audiences.contains(Audience.JAAROVERZICHT) && period.kind() != PeriodKind.YEAR) {
            out.printf("Jaaroverzicht klachten: alleen voor een heel jaar, bijvoorbeeld --period %d.%n",
                    period.peildatum().getYear());
        }
        out.printf("Controleer het archief met: java -jar target/participatiemonitor.jar verify %s%n", output);
        return Main.OK;
    }

    /** Every audience for the period: the jaaroverzicht covers a calendar year, so only a year's run has it. */
    static Set<Audience> defaultAudiences(Period period) {
        return period.kind() == PeriodKind.YEAR ? Audience.ALL : EnumSet.complementOf(EnumSet.of(Audience.JAAROVERZICHT));
    }

    private static final Map<Audience, String> TITLES = Map.of(
            Audience.RAAD, "Raadsrapportages (PDF en Excel)",
            Audience.TOEZICHT, "Toezichtrapportage (PDF en Excel)",
            Audience.JAAROVERZICHT, "Jaaroverzichten klachten (PDF en CSV)",
            Audience.DOSSIER, "Dossiers voor toetsers, VERTROUWELIJK (Excel en CSV)");
}
