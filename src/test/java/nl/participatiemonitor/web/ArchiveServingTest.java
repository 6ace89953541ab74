package nl.participatiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.participatiemonitor.audit.AuditTrail;
import nl.participatiemonitor.system.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The archive on the web: the archived bytes with the manifest's SHA-256 as ETag, and nothing the manifest does not list. */
@ConsoleTest
class ArchiveServingTest {

    private static final String PASSWORD = "wachtwoord-voor-het-archief";
    private static final String KAMPEN_PDF = "/archief/2026-Q3/GM0166/r1/raadsrapportage-GM0166-2026-Q3.pdf";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditTrail audit;

    private TestArchive archive;
    private ConsoleClient browser;

    @BeforeEach
    void signedInReviewerOfKampen() {
        archive = TestArchive.kampenAndZwolle();
        accounts.add(new Accounts.NewAccount("toetser-kampen", Role.TOETSER, List.of("GM0166"), Optional.empty(), false),
                PASSWORD, "test");
        browser = new ConsoleClient(port);
        browser.signIn("toetser-kampen", PASSWORD);
    }

    @Test
    void servesTheArchivedBytesWithTheManifestHashAsEtag() throws Exception {
        Path pdf = archive.root().resolve("2026-Q3/GM0166/r1/raadsrapportage-GM0166-2026-Q3.pdf");
        ConsoleClient.Answer answer = browser.get(KAMPEN_PDF);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.bytes()).isEqualTo(Files.readAllBytes(pdf));
        String manifest = Files.readString(archive.root().resolve("2026-Q3/GM0166/r1/manifest.json"));
        String sha = Sha256.of(pdf);
        assertThat(manifest).contains("\"sha256\": \"" + sha + "\"");
        assertThat(answer.header("ETag")).isEqualTo("\"" + sha + "\"");
        assertThat(answer.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(answer.header("Content-Disposition")).isEqualTo("inline; filename=\"raadsrapportage-GM0166-2026-Q3.pdf\"");

        assertThat(browser.get(KAMPEN_PDF, Map.of("If-None-Match", "\"" + sha + "\"")).status()).isEqualTo(304);
        assertThat(browser.get("/archief/2026-Q3/GM0166/r1/manifest.json").body()).isEqualTo(manifest);
    }

    @Test
    void aFileTheManifestDoesNotListIsNotThere() throws Exception {
        Files.writeString(archive.root().resolve("2026-Q3/GM0166/r1/erbij-gezet.pdf"), "niet gepubliceerd");
        Files.writeString(archive.root().resolve("geheim.txt"), "buiten het archief");

        assertThat(browser.get("/archief/2026-Q3/GM0166/r1/erbij-gezet.pdf").status()).isEqualTo(404);
        assertThat(browser.get("/archief/2026-Q3/GM0166/r2/raadsrapportage-GM0166-2026-Q3.pdf").status()).isEqualTo(404);
        assertThat(browser.get("/archief/2026-Q4/GM0166/r1/raadsrapportage-GM0166-2026-Q3.pdf").status()).isEqualTo(404);
        for (String path : List.of("/archief/2026-Q3/GM0166/r1/..%2F..%2F..%2Fgeheim.txt",
                "/archief/2026-Q3/GM0166/r1/%2e%2e/%2e%2e/%2e%2e/geheim.txt", "/archief/../geheim.txt",
                "/archief/2026-Q3/GM0166/r1/.manifest.json", "/archief/2026-Q3/GM0166/r01/manifest.json",
                "/archief/2026-Q3/..%5C..%5Cgeheim.txt/r1/x.pdf")) {
            ConsoleClient.Answer answer = browser.get(path);
            assertThat(answer.status()).as(path).isIn(400, 403, 404);
            assertThat(answer.body()).as(path).doesNotContain("buiten het archief");
        }
    }

    @Test
    void everyViewOfConfidentialMaterialIsInTheAuditTrail() {
        browser.get(KAMPEN_PDF);
        browser.get("/archief/2026-Q3/dossier-GM0166/r1/VERTROUWELIJK-dossier-GM0166-2026-Q3.csv");
        assertThat(browser.get("/archief/2026-Q3/dossier-GM0166/r1/VERTROUWELIJK-dossier-GM0166-2026-Q3.csv")
                .header("Cache-Control")).contains("no-store");

        assertThat(audit.list(Optional.empty())).filteredOn(entry -> entry.action().equals("console bekijken"))
                .extracting(entry -> entry.who() + " " + entry.parameters())
                .containsExactly(
                        "toetser-kampen bestand=2026-Q3/dossier-GM0166/r1/VERTROUWELIJK-dossier-GM0166-2026-Q3.csv",
                        "toetser-kampen bestand=2026-Q3/dossier-GM0166/r1/VERTROUWELIJK-dossier-GM0166-2026-Q3.csv");
    }

    @Test
    void theStartPageListsWhatTheUserMayOpenAndNothingElse() {
        String home = browser.get("/").body();
        assertThat(home).contains("Periode 2026-Q3", "Raadsrapportage GM0166", "raadsrapportage-GM0166-2026-Q3.pdf",
                "Toezichtrapportage GM0166", "VERTROUWELIJK dossier GM0166", "Records per cijfer bekijken",
                "Periode 2025", "Jaaroverzicht klachten GM0166", "open-data.csv")
                .doesNotContain("GM0193", "toezichtrapportage-ALLE", "indicatoren.csv", "signalen.csv");
    }
}
