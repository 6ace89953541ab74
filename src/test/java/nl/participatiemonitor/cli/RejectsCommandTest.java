package nl.participatiemonitor.cli;

import nl.participatiemonitor.support.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A held delivery exits with 3 and says where its rejected lines are; rejects lists them. */
@IntegrationTest
class RejectsCommandTest {

    @Autowired
    ApplicationContext context;

    @TempDir
    Path dir;

    @Test
    void heldDeliveryPointsToItsRejectList() {
        DeliveryFiles.in(dir).csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp",
                "K-1;GM0014;2026-07-01;BEJEGENING",
                "K-2;GM0014;2026-07-01;\"Slecht; behandeld\"",
                "K-3;GM0014;01-07-2026;BETALING");

        CliRun imported = CliRun.run(context, "import", dir.toString(), "--source", "gm0014", "--period", "2026-Q3");

        assertThat(imported.exitCode()).as("held").isEqualTo(3);
        assertThat(imported.out()).contains("klachten.csv: 3 read, 1 imported, 2 rejected", "GEBLOKKEERD",
                "Geblokkeerd: 2 van 3 regels afgewezen, meer dan 5,0%");
        Matcher command = Pattern.compile("rejects ([0-9a-f]{12})").matcher(imported.out());
        assertThat(command.find()).isTrue();

        CliRun rejects = CliRun.run(context, "rejects", command.group(1));

        assertThat(rejects.exitCode()).isZero();
        assertThat(rejects.out()).contains("2 regels afgewezen van 3 gelezen", "bestand;regel;kolom;waarde;reden",
                "klachten.csv;3;onderwerp;\"Slecht; behandeld\";\"onderwerp 'Slecht; behandeld' heeft een onbekende code.",
                "klachten.csv;4;ontvangen;01-07-2026;ontvangen '01-07-2026' is geen geldige datum.");
        assertThat(CliRun.run(context, "rejects", command.group(1), "--english").out())
                .contains("klachten.csv;4;ontvangen;01-07-2026;ontvangen '01-07-2026' is not a valid date.");
    }

    @Test
    void unknownDeliveryIsAClearError() {
        CliRun run = CliRun.run(context, "rejects", "deadbeef00");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Geen levering gevonden met id deadbeef00").doesNotContain("Exception");
    }
}
