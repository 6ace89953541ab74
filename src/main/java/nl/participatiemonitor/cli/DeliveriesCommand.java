package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import nl.participatiemonitor.audit.Actor;
import nl.participatiemonitor.inbox.DeliveryDecisions;
import nl.participatiemonitor.ingest.DeliveryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code deliveries}: what came in per source and period; accept or reject a held delivery. */
@Command(name = "deliveries", description = "Toont wat er binnenkwam per bron en periode: status, regels gelezen, "
        + "geïmporteerd en afgewezen, en besluiten over geblokkeerde leveringen.",
        subcommands = {DeliveriesCommand.Accept.class, DeliveriesCommand.Reject.class})
class DeliveriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--held", description = "Alleen geblokkeerde leveringen.")
    boolean held;

    private final ApplicationContextSource application;

    DeliveriesCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ApplicationContextSource.Session session = application.open()) {
            List<DeliveryDecisions.Delivery> deliveries = session.bean(DeliveryDecisions.class).deliveries(held);
            String group = null;
            for (DeliveryDecisions.Delivery d : deliveries) {
                String heading = "Bron " + d.source() + ", periode " + (d.period() == null ? "onbekend" : d.period());
                if (!Objects.equals(heading, group)) {
                    out.println(heading);
                    group = heading;
                }
                String status = d.refusedFiles() == 0 || DeliveryStore.REFUSED.equals(d.status()) ? d.status()
                        : (d.held() ? "GEBLOKKEERD, " : "") + "DEELS GEWEIGERD (" + d.refusedFiles()
                                + (d.refusedFiles() == 1 ? " bestand" : " bestanden") + " geweigerd)";
                out.printf("  %s  %-12s  ontvangen %s  %d gelezen, %d geïmporteerd, %d afgewezen%s%n", d.shortId(),
                        status, RunsCommand.shown(d.received()), d.read(),
                        d.imported(), d.rejected(), d.held() ? "  <- beslis met 'deliveries accept|reject " + d.shortId()
                                + " --reason ...'" : "");
                if (d.decision() != null) {
                    out.printf("      besluit %s door %s: %s%n", d.decision(), d.decidedBy(), d.reason());
                }
            }
            if (deliveries.isEmpty()) {
                out.println(held ? "Geen geblokkeerde leveringen." : "Nog geen leveringen.");
            }
            return Main.OK;
        }
    }

    /** A controller's decision on a held delivery: which delivery, why, and what the decision says when taken. */
    abstract static class Decision implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        DeliveriesCommand parent;

        @Parameters(paramLabel = "<levering>", description = "Id van de levering (8 tekens of meer).")
        String delivery;

        @Option(names = "--reason", required = true, description = "Waarom.")
        String reason;

        private final ApplicationContextSource application;

        Decision(ApplicationContextSource application) {
            this.application = application;
        }

        /** Takes the decision; returns what to tell the controller. */
        abstract String decide(DeliveryDecisions decisions, String who);

        @Override
        public Integer call() {
            try (ApplicationContextSource.Session session = application.open()) {
                spec.commandLine().getOut().println(decide(session.bean(DeliveryDecisions.class),
                        Actor.of(parent.main.as)));
                return Main.OK;
            }
        }
    }

    /** {@code deliveries accept <id> --reason ...}. */
    @Command(name = "accept", description = "Accepteert een geblokkeerde levering toch; de reden wordt bewaard.")
    static class Accept extends Decision {

        Accept(ApplicationContextSource application) {
            super(application);
        }

        @Override
        String decide(DeliveryDecisions decisions, String who) {
            return "Levering " + delivery + " is geaccepteerd." + decisions.accept(delivery, reason, who);
        }
    }

    /** {@code deliveries reject <id> --reason ...}. */
    @Command(name = "reject", description = "Weigert een geblokkeerde levering definitief; de reden wordt bewaard. Haar "
            + "records tellen niet meer mee: wat zij verving, is weer actueel.")
    static class Reject extends Decision {

        Reject(ApplicationContextSource application) {
            super(application);
        }

        @Override
        String decide(DeliveryDecisions decisions, String who) {
            return "Levering " + delivery + " is geweigerd. " + decisions.reject(delivery, reason, who)
                    + System.lineSeparator() + "Bereken de perioden opnieuw met run; eerdere publicaties blijven in "
                    + "het archief staan.";
        }
    }
}
