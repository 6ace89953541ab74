package nl.participatiemonitor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.PeriodKind;
import nl.participatiemonitor.report.Audience;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code report --period 2026-Q3 --audience toezicht}: publishes one kind of report. The indicators are computed first
 * when they are not yet, with the same run identity as {@code run}, so asking twice computes and publishes once.
 */
@Command(name = "report", description = "Publiceert één soort rapportage van een periode in het archief: raad "
        + "(raadsrapportage per gemeente), toezicht (gemeenten naast elkaar en per GR), jaaroverzicht (klachten per "
        + "bestuursorgaan, Awb 9:12a; alleen voor een heel jaar) of dossier (de records achter elk cijfer; "
        + "VERTROUWELIJK). De indicatoren worden zo nodig eerst berekend.")
class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, description = "Periode: 2026, 2026-H2, 2026-Q3 of 2026-07.")
    String period;

    @Option(names = "--audience", required = true, paramLabel = "<doelgroep>",
            description = "raad, toezicht, jaaroverzicht of dossier.")
    String audience;

    @Option(names = "--municipality", description = "Gemeentecode, bv. GM0014; herhaal voor meer gemeenten.")
    List<String> municipalities = new ArrayList<>();

    @Option(names = "--output", defaultValue = "out", description = "Map voor de bestanden (standaard ${DEFAULT-VALUE}).")
    Path output;

    private final ApplicationContextSource application;

    ReportCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        Period parsed = Period.parse(period);
        Audience kind = Audience.parse(audience);
        if (kind == Audience.JAAROVERZICHT && parsed.kind() != PeriodKind.YEAR) {
            throw new IllegalArgumentException("Het jaaroverzicht klachten gaat over een heel kalenderjaar: geef "
                    + "bijvoorbeeld --period " + parsed.peildatum().getYear() + ". / The yearly complaint overview "
                    + "covers a calendar year: give for example --period " + parsed.peildatum().getYear() + ".");
        }
        try (ApplicationContextSource.Session session = application.open()) {
            return RunCommand.compute("report", session, parsed, municipalities, output, EnumSet.of(kind),
                    spec.commandLine().getOut());
        }
    }
}
