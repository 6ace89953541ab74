package nl.participatiemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@code deliveries} shows Dutch time and never calls a delivery with a refused file accepted; jobs show seconds. */
@IntegrationTest
class OperationsOutputTest {

    @Autowired
    ApplicationContext context;

    @TempDir
    Path dir;

    @Test
    void deliveriesShowsDutchTimeAndTheRefusedFiles() {
        DeliveryFiles.in(dir)
                .csv("organisaties.csv", "organisatie_code;naam;soort", "UITV-A;Werkbedrijf A;UITVOERDER")
                .text("klachten.csv", "");
        assertThat(CliRun.run(context, "import", dir.toString(), "--source", "gm0014").exitCode()).isEqualTo(2);

        String out = CliRun.run(context, "deliveries").out();

        // The test clock stands on 2026-11-16 09:00 in Amsterdam (08:00 UTC).
        assertThat(out).contains("DEELS GEWEIGERD (1 bestand geweigerd)  ontvangen 2026-11-16 09:00:00  1 gelezen, "
                + "1 geïmporteerd, 0 afgewezen").doesNotContain("GEACCEPTEERD");
    }

    @Test
    void fireTimesShowTheirSecondsWhenTheCronHasThem() {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        ZonedDateTime onTheMinute = ZonedDateTime.of(2026, 11, 17, 6, 30, 0, 0, amsterdam);

        assertThat(JobsCommand.fireTimes(List.of(onTheMinute, onTheMinute.plusDays(1))))
                .isEqualTo("di 17 nov. 2026 06:30 CET; wo 18 nov. 2026 06:30 CET");
        assertThat(JobsCommand.fireTimes(List.of(onTheMinute.plusSeconds(15), onTheMinute.plusDays(1).plusSeconds(15))))
                .isEqualTo("di 17 nov. 2026 06:30:15 CET; wo 18 nov. 2026 06:30:15 CET");
    }
}
