package nl.participatiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A file without read permission is a refused file (exit 2, one message, no stack trace) and the readable files
 * beside it are imported. The tests run as root, whom the operating system lets read any file, so here the import
 * asks a {@link FileAccess} that answers as an operator who is not root would: no owner read bit, no reading.
 */
@IntegrationTest
@Import(UnreadableEntriesTest.AsAnOperator.class)
class UnreadableEntriesTest {

    @TestConfiguration
    static class AsAnOperator {

        @Bean
        @Primary
        FileAccess operatorFileAccess() {
            return file -> {
                try {
                    return Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_READ);
                } catch (java.io.IOException e) {
                    return false;
                }
            };
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void aFileWithoutReadPermissionIsRefusedAndTheRestImported() throws Exception {
        DeliveryFiles delivery = DeliveryFiles.in(dir)
                .csv("organisaties.csv", "organisatie_code;naam;soort", "UITV-A;Werkbedrijf A;UITVOERDER")
                .csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp", "K-1;GM0014;2026-07-01;BEJEGENING");
        Path complaints = dir.resolve("klachten.csv");
        Files.setPosixFilePermissions(complaints, PosixFilePermissions.fromString("---------"));

        CliRun run = CliRun.run(context, "import", dir.toString(), "--source", "gm0014");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).contains("DEELS GEWEIGERD: 1 van 2 bestanden geweigerd",
                "klachten.csv: refused: klachten.csv kan niet worden gelezen: de import heeft geen leesrecht op het "
                        + "bestand. Geef de gebruiker waaronder de import draait leesrecht",
                "/ klachten.csv cannot be read: the import has no read permission on the file.",
                "organisaties.csv: 1 read, 1 imported, 0 rejected");
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ", ": GEACCEPTEERD");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisaties", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM klachten", Integer.class)).isZero();
        assertThat(jdbc.queryForList("SELECT status FROM leveringen", String.class)).containsExactly("GEACCEPTEERD");

        Files.setPosixFilePermissions(complaints, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun again = CliRun.run(context, "import", delivery.folder().toString(), "--source", "gm0014");

        assertThat(again.exitCode()).as("readable now: a new delivery").isZero();
        assertThat(again.out()).contains("klachten.csv: 1 read, 1 imported, 0 rejected");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM klachten", Integer.class)).isOne();
    }

    @Test
    void aSubFolderAndAFolderNamedLikeAFileAreRefusedEntries() {
        DeliveryFiles.in(dir)
                .csv("organisaties.csv", "organisatie_code;naam;soort", "UITV-A;Werkbedrijf A;UITVOERDER")
                .csv("extra/klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp", "K-1;GM0014;2026-07-01;BEJEGENING")
                .csv("contacten.csv/contacten.csv", "contact_id;client_id;datum;kanaal;doel");

        CliRun run = CliRun.run(context, "import", dir.toString(), "--source", "gm0014");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(
                "contacten.csv: refused: contacten.csv is een map; een levering bevat alleen bestanden en submappen "
                        + "worden niet gelezen. Zet de bestanden direct in de map van de levering",
                "extra: refused: extra is een map;", "/ extra is a folder; a delivery holds files only",
                "organisaties.csv: 1 read, 1 imported, 0 rejected");
        assertThat(jdbc.queryForList("SELECT naam FROM leveringsbestanden WHERE status = 'GEWEIGERD' ORDER BY naam",
                String.class)).containsExactly("contacten.csv", "extra");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM klachten", Integer.class)).isZero();
    }
}
