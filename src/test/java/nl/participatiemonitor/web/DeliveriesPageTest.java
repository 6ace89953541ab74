package nl.participatiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.participatiemonitor.audit.AuditTrail;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.support.DeliveryFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The controller's deliveries page: only deliveries about their municipalities, and a held one decided with a reason. */
@ConsoleTest
class DeliveriesPageTest {

    private static final String PASSWORD = "wachtwoord-van-de-controller";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    private String held;

    @BeforeEach
    void aHeldDeliveryAboutGroningen() throws Exception {
        TestArchive.empty();
        // Ten clients of Groningen and one line in four for a municipality that does not exist: held.
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            lines.add("C-%02d;GM0014;2026-08-01".formatted(i));
        }
        for (int i = 1; i <= 4; i++) {
            lines.add("X-%02d;GM9999;2026-08-01".formatted(i));
        }
        Path delivery = DeliveryFiles.in(folder.resolve("levering")).source("gm0014", "2026-Q3")
                .csv("clienten.csv", "client_id;gemeente_code;start_uitkering", lines.toArray(String[]::new)).folder();
        held = importer.importFolder(delivery, null, null).delivery().id();
        accounts.add(new Accounts.NewAccount("controller-groningen", Role.CONTROLLER, List.of("GM0014"),
                Optional.empty(), false), PASSWORD, "test");
        accounts.add(new Accounts.NewAccount("controller-almere", Role.CONTROLLER, List.of("GM0034"),
                Optional.empty(), false), PASSWORD, "test");
    }

    @Test
    void theControllerOfGroningenAcceptsWithAReason() {
        ConsoleClient almere = new ConsoleClient(port);
        almere.signIn("controller-almere", PASSWORD);
        assertThat(almere.get("/leveringen").body()).contains("Er zijn nog geen leveringen over uw gemeenten.")
                .doesNotContain(held.substring(0, 12));
        assertThat(almere.post("/leveringen/" + held + "/accepteren", Map.of("reden", "mag niet")).status())
                .isEqualTo(403);

        ConsoleClient groningen = new ConsoleClient(port);
        groningen.signIn("controller-groningen", PASSWORD);
        String page = groningen.get("/leveringen").body();
        assertThat(page).contains(held.substring(0, 12), "gm0014", "2026-Q3", "GM0014", "GEBLOKKEERD", "Accepteren",
                "Weigeren");

        assertThat(groningen.post("/leveringen/" + held + "/accepteren", Map.of("reden", " ")).location())
                .isEqualTo("/leveringen");
        assertThat(groningen.get("/leveringen").body()).contains("Geef een reden voor uw besluit over levering "
                + held.substring(0, 12));
        assertThat(status()).isEqualTo("GEBLOKKEERD");

        groningen.post("/leveringen/" + held + "/accepteren", Map.of("reden", "GM9999 is een tikfout, de rest klopt"));
        String after = groningen.get("/leveringen").body();
        assertThat(after).contains("Levering " + held.substring(0, 12) + " is geaccepteerd.",
                "door controller-groningen: GM9999 is een tikfout, de rest klopt").doesNotContain("Accepteren");
        assertThat(status()).isNotEqualTo("GEBLOKKEERD");
        assertThat(audit.list(Optional.empty())).anySatisfy(entry -> {
            assertThat(entry.who()).isEqualTo("controller-groningen");
            assertThat(entry.action()).isEqualTo("console levering accepteren");
            assertThat(entry.parameters()).isEqualTo("levering=" + held + " reden=GM9999 is een tikfout, de rest klopt");
        });
        assertThat(audit.list(Optional.empty())).filteredOn(entry -> entry.action().startsWith("console levering"))
                .extracting(entry -> entry.who()).containsOnly("controller-groningen");
    }

    private String status() {
        return jdbc.queryForObject("SELECT status FROM leveringen WHERE id = ?", String.class, held);
    }
}
