package nl.participatiemonitor.cli;

import nl.participatiemonitor.support.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A file that cannot be read at all is refused whole with one clear message; the other files are imported. */
@IntegrationTest
class RefusedFilesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void refusesUnreadableFilesWholeAndImportsTheRest() throws Exception {
        byte[] latin1 = "klacht_id;gemeente_code;ontvangen;onderwerp\nK-1;GM0014;2026-07-01;BEJEGENING\nK-2;GM0014;2026-07-01;caf\u00e9\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        DeliveryFiles.in(dir)
                .csv("organisaties.csv", "organisatie_code;naam;soort", "GR-A;GR A;GR")
                .bytes("klachten.csv", latin1)
                .text("clienten.csv", "")
                .csv("contacten.csv", "contact_id;client_id;kanaal;doel", "CT-1;C-1;KANTOOR;INTAKE")
                .text("adviezen.pdf", "%PDF-1.7 not a table")
                .text("adviesorganen.xlsx", "this is not a zip file")
                .bytes("adviesorgaan_dekking.xlsx", zipBomb())
                .csv("klachten_2026.csv", "klacht_id", "K-9");

        CliRun run = CliRun.run(context, "import", dir.toString(), "--source", "gm0014");

        assertThat(run.exitCode()).as("exit code for a refused file").isEqualTo(2);
        assertThat(run.out()).contains(
                "organisaties.csv: 1 read, 1 imported, 0 rejected",
                "klachten.csv: refused: klachten.csv is geen geldige UTF-8-tekst: ongeldige byte op regel 3",
                "clienten.csv: refused: clienten.csv heeft geen kopregel",
                "contacten.csv: refused: contacten.csv mist de verplichte kolom(men) datum",
                "adviezen.pdf: refused: adviezen.pdf is geen CSV- of XLSX-bestand",
                "adviesorganen.xlsx: refused: adviesorganen.xlsx is geen geldig XLSX-bestand",
                "adviesorgaan_dekking.xlsx: refused: adviesorgaan_dekking.xlsx is geweigerd als mogelijke zipbom",
                "klachten_2026.csv: refused: klachten_2026.csv is geen bestand van het leveringsformaat",
                "/ klachten.csv is not valid UTF-8 text");
        for (String table : new String[] {"klachten", "clienten", "contacten", "adviezen", "adviesorganen",
                "adviesorgaan_dekking"}) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisaties", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leveringsbestanden WHERE status = 'GEWEIGERD'",
                Integer.class)).isEqualTo(7);
    }

    @Test
    void aDeliveryWhoseEveryFileIsRefusedIsRefused() throws Exception {
        DeliveryFiles.in(dir).text("klachten.csv", "\n\n");

        CliRun run = CliRun.run(context, "import", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("(bron canoniek)", "GEWEIGERD", "klachten.csv: refused:");
    }

    /** An XLSX-named zip whose one part inflates from a few kilobytes to 20 MB of zeros. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
