package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import nl.participatiemonitor.inbox.LateSources;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.PeriodKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sources [--period P]}: which expected deliveries are late for a period (what feeds signal S9). */
@Command(name = "sources", description = "Toont per verwachte bron (config/bronnen.yml) of zij heeft geleverd voor een "
        + "periode (standaard het vorige kwartaal) of te laat is; te laat geeft signaal S9 en houdt de cijfers VOORLOPIG. "
        + "Exitcode 3 als er een bron te laat is.")
class SourcesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--period", description = "Periode: 2026, 2026-H2, 2026-Q3 of 2026-07 (standaard het vorige kwartaal).")
    String period;

    private final ApplicationContextSource application;

    SourcesCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ApplicationContextSource.Session session = application.open()) {
            Period about = period != null ? Period.parse(period)
                    : Period.lastComplete(PeriodKind.QUARTER, LocalDate.now(session.bean(Clock.class)));
            List<LateSources.SourceState> states = session.bean(LateSources.class).states(about);
            if (states.isEmpty()) {
                out.println("Er worden geen bronnen verwacht (config/bronnen.yml is leeg of ontbreekt).");
                return Main.OK;
            }
            out.printf("Verwachte leveringen voor %s:%n", about.label());
            for (LateSources.SourceState state : states) {
                out.printf("  %-20s %-10s laatst geleverd voor %-8s gemeenten %s%n", state.source(),
                        state.late() ? "TE LAAT" : "op tijd", state.latestPeriod() == null ? "nooit" : state.latestPeriod(),
                        String.join(", ", state.municipalities()));
            }
            return states.stream().anyMatch(LateSources.SourceState::late) ? Main.HELD : Main.OK;
        }
    }
}
