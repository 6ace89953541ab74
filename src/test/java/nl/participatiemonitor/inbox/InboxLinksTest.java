package nl.participatiemonitor.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.participatiemonitor.schedule.Holidays;
import nl.participatiemonitor.schedule.JobDefinition;
import nl.participatiemonitor.schedule.ScheduledWork;
import nl.participatiemonitor.schedule.Task;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestClock;
import nl.participatiemonitor.system.DutchTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A supplier who can write into the inbox cannot reach outside it with a symbolic link: not to read a file
 * (its content or hash), not to have the archive moved into failed/, not to have a file overwritten.
 */
@IntegrationTest
class InboxLinksTest {

    @Autowired
    ScheduledWork work;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @TempDir
    Path root;

    @Test
    void aDeliveryHoldingALinkIsRefusedWithoutReadingWhatItPointsAt() throws Exception {
        Path inbox = root.resolve("inbox");
        Path secret = Files.writeString(root.resolve("geheim.csv"), "client_id;gemeente_code;start_uitkering\n"
                + "GEHEIM-1;GM0014;2024-01-01\n");
        Path delivery = DeliveryFiles.in(inbox.resolve("gm0014/levering-1")).text("READY", "").folder();
        Files.createSymbolicLink(delivery.resolve("clienten.csv"), secret);

        ScheduledWork.Outcome outcome = work.fire(inbox(inbox), clock.instant(), null, "planner:inbox");

        assertThat(outcome.failed()).isFalse();
        Path failed = inbox.resolve("failed/gm0014/levering-1");
        assertThat(Files.readString(failed.resolve("REASON.txt"))).contains(
                "De levering bevat een snelkoppeling (symbolische link): clienten.csv. Er is niets gelezen of geïmporteerd.",
                "The delivery holds a shortcut (symbolic link): clienten.csv. Nothing was read or imported.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leveringsbestanden", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clienten", Integer.class)).isZero();
        assertThat(Files.readString(secret)).contains("GEHEIM-1");
    }

    @Test
    void aReasonFileThatIsALinkIsReplacedNotWrittenThrough() throws Exception {
        Path inbox = root.resolve("inbox");
        Path victim = Files.writeString(root.resolve("instellingen.yml"), "blijft: zoals het was\n");
        Path delivery = DeliveryFiles.in(inbox.resolve("gm0014/levering-2")).text("READY", "")
                .csv("onbekend.csv", "a;b", "1;2").folder();
        Files.createSymbolicLink(delivery.resolve("REASON.txt"), victim);

        work.fire(inbox(inbox), clock.instant(), null, "planner:inbox");

        Path reason = inbox.resolve("failed/gm0014/levering-2/REASON.txt");
        assertThat(Files.isSymbolicLink(reason)).isFalse();
        assertThat(Files.readString(reason)).contains("Waarom deze levering niet is verwerkt:");
        assertThat(Files.readString(victim)).isEqualTo("blijft: zoals het was\n");
    }

    @Test
    void aSourceFolderLinkingIntoTheArchiveIsLeftAloneAndNothingIsMoved() throws Exception {
        Path inbox = root.resolve("inbox");
        Path scope = DeliveryFiles.in(root.resolve("out/2026-Q3/dossier-GM0014"))
                .text("VERTROUWELIJK-dossier-GM0014-2026-Q3.csv", "vertrouwelijk\n").folder();
        Files.createDirectories(inbox);
        Files.createSymbolicLink(inbox.resolve("x"), root.resolve("out/2026-Q3"));
        Files.createSymbolicLink(inbox.resolve("y"), scope);

        ScheduledWork.Outcome outcome = work.fire(inbox(inbox), clock.instant(), null, "planner:inbox");

        assertThat(outcome.failed()).isFalse();
        assertThat(scope.resolve("VERTROUWELIJK-dossier-GM0014-2026-Q3.csv")).hasContent("vertrouwelijk");
        assertThat(inbox.resolve("failed")).doesNotExist();
        assertThat(inbox.resolve("archive")).doesNotExist();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leveringen", Integer.class)).isZero();
    }

    @Test
    void aFailedFolderLinkingElsewhereIsNotUsed() throws Exception {
        Path inbox = root.resolve("inbox");
        Path elsewhere = Files.createDirectories(root.resolve("elders"));
        Files.createDirectories(inbox);
        Files.createSymbolicLink(inbox.resolve("failed"), elsewhere);
        Path delivery = DeliveryFiles.in(inbox.resolve("gm0014/levering-3")).text("READY", "")
                .csv("onbekend.csv", "a;b", "1;2").folder();

        work.fire(inbox(inbox), clock.instant(), null, "planner:inbox");

        assertThat(delivery.resolve("onbekend.csv")).exists();
        try (var listing = Files.list(elsewhere)) {
            assertThat(listing.toList()).isEmpty();
        }
    }

    private static JobDefinition inbox(Path inbox) {
        return new JobDefinition("inbox", "", "test.yml", "0 30 6 * * ?", DutchTime.ZONE, Task.INBOX, null,
                null, Set.of(), null, inbox.toString(), 1, Holidays.NONE);
    }
}
