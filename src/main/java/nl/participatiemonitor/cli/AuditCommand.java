package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.participatiemonitor.audit.AuditEntry;
import nl.participatiemonitor.audit.AuditTrail;
import nl.participatiemonitor.system.DutchTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code audit [--since D]} and {@code audit verify}: the audit trail, and the check of its hash chain. */
@Command(name = "audit", description = "Toont het auditspoor: elke opdracht van een beheerder en elke publicatie, met wie, "
        + "wanneer, wat, parameters en resultaat.", subcommands = AuditCommand.Verify.class)
class AuditCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(names = "--since", description = "Alleen vanaf deze dag (jjjj-mm-dd, Nederlandse tijd).")
    LocalDate since;

    private final ApplicationContextSource application;

    AuditCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ApplicationContextSource.Session session = application.open()) {
            Optional<java.time.LocalDateTime> from = Optional.ofNullable(since)
                    .map(d -> d.atStartOfDay(DutchTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
            out.println("id;tijdstip;wie;actie;parameters;resultaat");
            for (AuditEntry entry : session.bean(AuditTrail.class).list(from)) {
                out.printf("%d;%s;%s;%s;%s;%s%n", entry.id(),
                        TIME.format(entry.when().atOffset(ZoneOffset.UTC).atZoneSameInstant(DutchTime.ZONE)), entry.who(),
                        entry.action(), oneLine(entry.parameters()), oneLine(entry.result()));
            }
            return Main.OK;
        }
    }

    private static String oneLine(String text) {
        return text.replace("\r", "").replace('\n', ' ');
    }

    /** {@code audit verify}: recomputes the chain and names the first row that was altered. */
    @Command(name = "verify", description = "Berekent de hashketen van het auditspoor opnieuw en noemt de eerste rij die "
            + "is gewijzigd of verwijderd (exitcode 1).")
    static class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        private final ApplicationContextSource application;

        Verify(ApplicationContextSource application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ApplicationContextSource.Session session = application.open()) {
                AuditTrail.Verification result = session.bean(AuditTrail.class).verify();
                if (result.intact()) {
                    out.printf("Auditspoor intact: %d rijen, de hashketen klopt. / Audit trail intact: %d rows.%n",
                            result.rows(), result.rows());
                    return Main.OK;
                }
                AuditTrail.Break broken = result.firstBreak().orElseThrow();
                out.printf("Auditspoor NIET intact: %s. / Audit trail NOT intact: %s.%n", broken.dutch(), broken.english());
                return Main.FAILED;
            }
        }
    }
}
