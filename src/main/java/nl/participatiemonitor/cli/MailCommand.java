package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.participatiemonitor.mail.Outbox;
import nl.participatiemonitor.mail.OutboxSender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mail outbox} and {@code mail send}: what waits, was sent or failed, and sending what is due now. */
@Command(name = "mail", description = "De uitgaande e-mail: wat wacht, wat verzonden is en wat mislukte.",
        subcommands = {MailCommand.OutboxList.class, MailCommand.Send.class})
class MailCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Main.OK;
    }

    /** {@code mail outbox [--status S] [--limit N]}. */
    @Command(name = "outbox", description = "Toont de berichten in de outbox, nieuwste eerst: status, pogingen, "
            + "ontvanger, onderwerp en de laatste fout.")
    static class OutboxList implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--status", description = "Alleen WACHTEND, VERZONDEN, MISLUKT of BEPERKT.")
        String status;

        @Option(names = "--limit", defaultValue = "50", description = "Hoeveel berichten (standaard ${DEFAULT-VALUE}).")
        int limit;

        private final ApplicationContextSource application;

        OutboxList(ApplicationContextSource application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ApplicationContextSource.Session session = application.open()) {
                List<Outbox.Entry> entries = session.bean(Outbox.class).list(
                        status == null ? null : status.trim().toUpperCase(Locale.ROOT), limit);
                out.printf("%-6s %-10s %-8s %-19s %-19s %-30s %s%n", "id", "status", "pogingen", "aangemaakt",
                        "verzonden", "aan", "onderwerp");
                for (Outbox.Entry e : entries) {
                    out.printf("%-6d %-10s %-8d %-19s %-19s %-30s %s%n", e.id(), e.status(), e.attempts(),
                            e.created() == null ? "-" : RunsCommand.TIME.format(e.created()),
                            e.sent() == null ? "-" : RunsCommand.TIME.format(e.sent()), e.recipient(), e.subject());
                    if (e.lastError() != null && !e.status().equals("VERZONDEN")) {
                        out.printf("       laatste fout: %s%s%n", e.lastError(), e.status().equals("WACHTEND")
                                ? " (volgende poging " + RunsCommand.TIME.format(e.nextAttempt()) + ")" : "");
                    }
                }
                if (entries.isEmpty()) {
                    out.println("De outbox is leeg.");
                }
                return Main.OK;
            }
        }
    }

    /** {@code mail send}: one round of the sender now, as {@code serve} does continuously. */
    @Command(name = "send", description = "Verstuurt nu wat klaarstaat (serve doet dit doorlopend).")
    static class Send implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        private final ApplicationContextSource application;

        Send(ApplicationContextSource application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            try (ApplicationContextSource.Session session = application.open()) {
                OutboxSender.Round round = session.bean(OutboxSender.class).sendDue();
                PrintWriter out = spec.commandLine().getOut();
                if (!round.smtpConfigured()) {
                    out.println("Er is geen mailserver ingesteld (spring.mail.host); er is niets verzonden. / No mail "
                            + "server is configured.");
                    return Main.FAILED;
                }
                out.printf("%d verzonden, %d later opnieuw, %d mislukt.%n", round.sent(), round.retried(),
                        round.failed());
                return round.retried() > 0 ? Main.FAILED : Main.OK;
            }
        }
    }
}
