package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.participatiemonitor.system.DatabaseMigrations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.RepairResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code db repair}: the way out when a start was killed while it migrated the database. */
@Command(name = "db", description = "Onderhoud van de database.", subcommands = DbCommand.Repair.class)
class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Repairs Flyway's history and migrates again. */
    @Command(name = "repair", description = "Herstelt de database na een afgebroken of mislukte migratie: verwijdert "
            + "mislukte migraties uit de geschiedenis van Flyway, neemt de checksums van gewijzigde migraties over en voert "
            + "de migraties opnieuw uit (ze zijn veilig te herhalen). Gegevens blijven staan.")
    static class Repair implements Callable<Integer> {

        static final String REPAIR = "--pm.db.repair=true";

        @Spec
        CommandSpec spec;

        private final ApplicationContextSource application;

        Repair(ApplicationContextSource application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ApplicationContextSource.Session session = application.with(REPAIR).open()) {
                RepairResult repaired = session.bean(DatabaseMigrations.class).repaired().orElse(null);
                if (repaired != null) {
                    out.printf("Geschiedenis van Flyway hersteld: %d mislukte migratie(s) verwijderd, %d checksum(s) "
                            + "bijgewerkt.%n", repaired.migrationsRemoved.size(), repaired.migrationsAligned.size());
                }
                MigrationInfo current = session.bean(Flyway.class).info().current();
                out.printf("De database is bijgewerkt tot versie %s (%s) en klaar voor gebruik. / The database is "
                        + "repaired and migrated.%n", current == null ? "-" : current.getVersion(),
                        current == null ? "-" : current.getDescription());
                return Main.OK;
            }
        }
    }
}
