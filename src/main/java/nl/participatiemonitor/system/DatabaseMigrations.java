package nl.participatiemonitor.system;

import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.RepairResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Brings the database to the application's version with Flyway at start-up, and explains a failure in one message
 * that names {@code db repair}. With {@code pm.db.repair=true} (what {@code db repair} starts the application with)
 * it first repairs Flyway's history: removes the rows of failed migrations and realigns the checksums of edited
 * ones; every migration is written to be safe to run again, so one that a kill left half-applied then completes.
 */
@Component
public class DatabaseMigrations implements FlywayMigrationStrategy {

    private final boolean repair;
    private RepairResult repaired;

    DatabaseMigrations(@Value("${pm.db.repair:false}") boolean repair) {
        this.repair = repair;
    }

    /** Thrown when the database cannot be brought to the application's version; the message says what to do. */
    public static final class NotMigratedException extends IllegalStateException {

        NotMigratedException(FlywayException cause) {
            super("De database kan niet worden bijgewerkt naar deze versie van de toepassing: " + summary(cause)
                    + "\nWaarschijnlijk is een eerdere start tijdens het bijwerken afgebroken (kill, crash) of is een "
                    + "migratie gewijzigd. Herstel de database met 'db repair' (java -jar target/participatiemonitor.jar "
                    + "db repair) en start daarna opnieuw.\nThe database cannot be migrated to this version of the "
                    + "application. Repair it with 'db repair', then start again.", cause);
        }

        private static String summary(FlywayException cause) {
            String message = String.join(" ", String.valueOf(cause.getMessage()).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("Need more flexibility")
                            && !line.startsWith("Learn more") && !line.startsWith("To fix this error"))
                    .limit(4).toList());
            return message.length() <= 400 ? message : message.substring(0, 399) + "…";
        }
    }

    @Override
    public void migrate(Flyway flyway) {
        try {
            if (repair) {
                repaired = flyway.repair();
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new NotMigratedException(e);
        }
    }

    /** What {@code db repair} changed in Flyway's history, when the application was started to repair it. */
    public Optional<RepairResult> repaired() {
        return Optional.ofNullable(repaired);
    }
}
