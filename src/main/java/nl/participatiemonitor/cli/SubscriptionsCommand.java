package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import nl.participatiemonitor.audit.Actor;
import nl.participatiemonitor.mail.Subscription;
import nl.participatiemonitor.mail.Subscriptions;
import nl.participatiemonitor.mail.Topic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code subscriptions}: who receives which reports and alerts by e-mail; add and remove subscriptions. */
@Command(name = "subscriptions", description = "Toont de e-mailabonnementen: adres, doelgroep en gemeenten.",
        subcommands = {SubscriptionsCommand.Add.class, SubscriptionsCommand.Remove.class,
                SubscriptionsCommand.ListAll.class})
class SubscriptionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    private final ApplicationContextSource application;

    SubscriptionsCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        return list(application, spec.commandLine().getOut());
    }

    static int list(ApplicationContextSource application, PrintWriter out) {
        try (ApplicationContextSource.Session session = application.open()) {
            List<Subscription> all = session.bean(Subscriptions.class).all();
            out.printf("%-5s %-36s %-14s %s%n", "id", "e-mail", "doelgroep", "gemeenten");
            for (Subscription s : all) {
                out.printf("%-5d %-36s %-14s %s%n", s.id(), s.email(), s.topic().id(), s.scopeLabel());
            }
            if (all.isEmpty()) {
                out.println("Nog geen abonnementen; voeg er een toe met 'subscriptions add --email ... --audience raad "
                        + "--municipality GM0166'.");
            }
            return Main.OK;
        }
    }

    /** {@code subscriptions list}: the same as {@code subscriptions}. */
    @Command(name = "list", description = "Toont de e-mailabonnementen.")
    static class ListAll implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        private final ApplicationContextSource application;

        ListAll(ApplicationContextSource application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            return list(application, spec.commandLine().getOut());
        }
    }

    /** {@code subscriptions add --email --audience [--municipality ... | --gr ...]}. */
    @Command(name = "add", description = "Voegt een abonnement toe. Zonder --municipality en --gr geldt het voor alle "
            + "gemeenten.")
    static class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        SubscriptionsCommand parent;

        @Option(names = "--email", required = true, description = "Het e-mailadres.")
        String email;

        @Option(names = "--audience", required = true, description = "raad, toezicht, jaaroverzicht, dossier (alleen "
                + "een verwijzing, nooit als bijlage) of controller (meldingen over leveringen, runs en late bronnen).")
        String audience;

        @Option(names = "--municipality", split = ",", description = "CBS-code, bijvoorbeeld GM0166; mag vaker.")
        List<String> municipalities;

        @Option(names = "--gr", description = "Code van een gemeenschappelijke regeling: haar leden, en haar eigen "
                + "jaaroverzicht.")
        String arrangement;

        private final ApplicationContextSource application;

        Add(ApplicationContextSource application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            try (ApplicationContextSource.Session session = application.open()) {
                Subscription added = session.bean(Subscriptions.class).add(email, Topic.parse(audience), municipalities,
                        arrangement, Actor.of(parent.main.as));
                spec.commandLine().getOut().printf("Abonnement %d: %s krijgt %s voor %s.%n", added.id(), added.email(),
                        added.topic() == Topic.CONTROLLER ? "meldingen" : "de rapporten van doelgroep "
                                + added.topic().id(), added.scopeLabel());
                return Main.OK;
            }
        }
    }

    /** {@code subscriptions remove <id>}. */
    @Command(name = "remove", description = "Verwijdert een abonnement.")
    static class Remove implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "<id>")
        long id;

        private final ApplicationContextSource application;

        Remove(ApplicationContextSource application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            try (ApplicationContextSource.Session session = application.open()) {
                if (!session.bean(Subscriptions.class).remove(id)) {
                    throw new IllegalArgumentException("Er is geen abonnement " + id + "; zie 'subscriptions'. / "
                            + "There is no subscription " + id + ".");
                }
                spec.commandLine().getOut().printf("Abonnement %d is verwijderd.%n", id);
                return Main.OK;
            }
        }
    }
}
