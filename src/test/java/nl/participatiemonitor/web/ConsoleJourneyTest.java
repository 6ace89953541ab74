package nl.participatiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.participatiemonitor.audit.AuditEntry;
import nl.participatiemonitor.audit.AuditTrail;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.report.Audience;
import nl.participatiemonitor.report.ReportPublisher;
import nl.participatiemonitor.support.CliRun;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The "done when", on real publications: a beheerder made on the command line signs in and creates a
 * raadslid and a reviewer of Groningen (GM0014); the raadslid sees Groningen's report, nothing of Almere (GM0034)
 * and no dossier; the reviewer opens Groningen's dossier and the records behind K3; all of it is in the audit trail.
 */
@ConsoleTest
class ConsoleJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    IndicatorRunner runner;

    @Autowired
    ReportPublisher publisher;

    @Autowired
    AuditTrail audit;

    @Test
    void beheerderRaadslidAndReviewer() throws Exception {
        TestArchive archive = TestArchive.empty();
        importer.importFolder(fixture("klachten"), null, null);
        IndicatorRunner.RunSummary run = runner.run(Period.parse("2026-Q3"), List.of());
        publisher.publish(run.runId(), run.scope().label(), archive.root(), EnumSet.of(Audience.RAAD, Audience.DOSSIER));

        CliRun beheerder = users("een-wachtwoord-voor-beheer\n", "--as", "installateur", "users", "add", "beheer",
                "--role", "beheerder", "--password-stdin");
        assertThat(beheerder.exitCode()).as(beheerder.err()).isZero();

        ConsoleClient beheer = new ConsoleClient(port);
        assertThat(beheer.signIn("beheer", "een-wachtwoord-voor-beheer").location()).isEqualTo("/");
        assertThat(beheer.get("/").body()).contains("Gebruikers beheren").doesNotContain("raadsrapportage-");
        beheer.get("/gebruikers");
        assertThat(beheer.post("/gebruikers", Map.of("naam", "raad-groningen", "rol", "raad", "gemeenten", "GM0014",
                "gr", "", "wachtwoord", "wachtwoord-van-de-raad")).location()).isEqualTo("/gebruikers");
        assertThat(beheer.get("/gebruikers").body()).contains("Gebruiker raad-groningen is gemaakt: raadslid of griffie "
                + "voor GM0014.");
        beheer.post("/gebruikers", Map.of("naam", "toetser-groningen", "rol", "toetser", "gemeenten", "GM0014",
                "wachtwoord", "wachtwoord-van-de-toetser"));
        assertThat(beheer.post("/gebruikers", Map.of("naam", "x", "rol", "raad", "gemeenten", "GM0014",
                "wachtwoord", "kort")).body()).as("a refused form says why, on the page")
                .contains("kan niet: gebruik 2 tot 100 letters");

        ConsoleClient raad = new ConsoleClient(port);
        raad.signIn("raad-groningen", "wachtwoord-van-de-raad");
        String home = raad.get("/").body();
        assertThat(home).contains("Raadsrapportage GM0014", "raadsrapportage-GM0014-2026-Q3.pdf",
                "raadsrapportage-GM0014-2026-Q3.xlsx", "open-data.csv")
                .doesNotContain("GM0034", "GM0037", "dossier", "indicatoren.csv");
        ConsoleClient.Answer pdf = raad.get("/archief/2026-Q3/GM0014/r1/raadsrapportage-GM0014-2026-Q3.pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(raad.get("/archief/2026-Q3/GM0034/r1/raadsrapportage-GM0034-2026-Q3.pdf").status()).isEqualTo(403);
        assertThat(raad.get("/dossier/2026-Q3/GM0014").status()).isEqualTo(403);

        ConsoleClient toetser = new ConsoleClient(port);
        toetser.signIn("toetser-groningen", "wachtwoord-van-de-toetser");
        assertThat(toetser.get("/").body()).contains("VERTROUWELIJK dossier GM0014", "Records per cijfer bekijken")
                .doesNotContain("dossier GM0034");
        String figures = toetser.get("/dossier/2026-Q3/GM0014").body();
        // K3 = 3/6 (DossierPublicationTest): on time K-01, K-03, K-04 of K-01..K-05 and K-10.
        assertThat(figures).contains("VERTROUWELIJK", "K3 Klachten op tijd afgehandeld", "Bekijk 9 records");
        String k3 = toetser.get("/dossier/2026-Q3/GM0014/K3?rol=teller").body();
        assertThat(k3).contains("3 records; pagina 1 van 1.", "K-01", "K-03", "K-04", "klachten.csv")
                .doesNotContain("K-02", "K-10");
        assertThat(toetser.get("/dossier/2026-Q3/GM0034/K3").status()).isEqualTo(403);

        List<String> trail = audit.list(Optional.empty()).stream().map(ConsoleJourneyTest::line).toList();
        assertThat(trail).containsSubsequence(
                "installateur gebruiker aanmaken naam=beheer rol=beheerder scope=-",
                "beheer console aanmelden rol=beheerder scope=geen gemeenten (beheer)",
                "beheer gebruiker aanmaken naam=raad-groningen rol=raad scope=GM0014",
                "beheer gebruiker aanmaken naam=toetser-groningen rol=toetser scope=GM0014",
                "raad-groningen console aanmelden rol=raad scope=GM0014",
                "toetser-groningen console aanmelden rol=toetser scope=GM0014",
                "toetser-groningen console bekijken dossier=2026-Q3/GM0014 r1",
                "toetser-groningen console bekijken records=2026-Q3/GM0014 r1 indicator=K3 dimensie= rol=teller pagina=1");
        assertThat(trail).noneMatch(entry -> entry.startsWith("raad-groningen console bekijken"));
    }

    private CliRun users(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.run(context, args);
        } finally {
            System.setIn(original);
        }
    }

    private static String line(AuditEntry entry) {
        return entry.who() + " " + entry.action() + " " + entry.parameters();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ConsoleJourneyTest.class.getResource("/deliveries/metrics/" + name).toURI());
    }
}
