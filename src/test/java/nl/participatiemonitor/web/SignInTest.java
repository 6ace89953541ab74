package nl.participatiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.participatiemonitor.audit.AuditEntry;
import nl.participatiemonitor.audit.AuditTrail;
import nl.participatiemonitor.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in and out of the console: the form, lock-out after failures, CSRF, headers, and the audit trail. */
@ConsoleTest
class SignInTest {

    static final String PASSWORD = "lang-genoeg-wachtwoord";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestClock clock;

    @BeforeEach
    void kampen() {
        TestArchive.empty();
        accounts.add(new Accounts.NewAccount("raad-kampen", Role.RAAD, List.of("GM0166"), Optional.empty(), false),
                PASSWORD, "test");
    }

    @Test
    void aRaadslidSignsInSeesTheirScopeAndSignsOut() {
        ConsoleClient browser = new ConsoleClient(port);
        assertThat(browser.get("/").location()).as("not signed in: to the sign-in page").isEqualTo("/login");
        ConsoleClient.Answer login = browser.get("/login");
        assertThat(login.body()).contains("Aanmelden", "name=\"username\"", "name=\"password\"", "name=\"_csrf\"");

        assertThat(browser.signIn("raad-kampen", PASSWORD).location()).as("back to the page asked for")
                .isEqualTo("/?continue");
        String home = browser.get("/?continue").body();
        assertThat(home).contains("Aangemeld als <strong>raad-kampen</strong>", "raadslid of griffie", "GM0166",
                "Er zijn nog geen rapportages voor u gepubliceerd.");

        assertThat(browser.post("/logout", Map.of()).location()).isEqualTo("/login?afgemeld");
        assertThat(browser.get("/").location()).isEqualTo("/login");

        assertThat(actions()).containsSubsequence("console aanmelden raad-kampen aangemeld",
                "console afmelden raad-kampen afgemeld");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        ConsoleClient browser = new ConsoleClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn("raad-kampen", "verkeerd-wachtwoord").location()).isEqualTo("/login?fout");
        }
        assertThat(browser.get("/login?fout").body()).contains("De naam of het wachtwoord klopt niet");
        assertThat(browser.signIn("raad-kampen", PASSWORD).location()).as("locked").isEqualTo("/login?fout");
        assertThat(actions()).contains("console aanmelden mislukt raad-kampen geweigerd: account geblokkeerd");
        assertThat(audit.list(Optional.empty())).anySatisfy(entry -> assertThat(entry.result())
                .isEqualTo("geweigerd: naam of wachtwoord onjuist; account geblokkeerd voor 15 minuten"));

        // Fifteen minutes later the lock has run out.
        clock.advance(Duration.ofMinutes(14));
        assertThat(browser.signIn("raad-kampen", PASSWORD).location()).as("still locked").isEqualTo("/login?fout");
        clock.advance(Duration.ofMinutes(2));
        assertThat(browser.signIn("raad-kampen", PASSWORD).location()).isEqualTo("/");
    }

    @Test
    void aNewPasswordFromTheBeheerderLiftsALock() {
        ConsoleClient browser = new ConsoleClient(port);
        for (int i = 0; i < 5; i++) {
            browser.signIn("raad-kampen", "verkeerd-wachtwoord");
        }
        accounts.changePassword("raad-kampen", PASSWORD + "-2", "beheer");
        assertThat(browser.signIn("raad-kampen", PASSWORD).location()).as("the old password").isEqualTo("/login?fout");
        assertThat(browser.signIn("raad-kampen", PASSWORD + "-2").location()).isEqualTo("/");
    }

    @Test
    void anUnknownNameIsNotWrittenDownAndADisabledAccountCannotSignIn() {
        ConsoleClient browser = new ConsoleClient(port);
        assertThat(browser.signIn("mijn-wachtwoord-per-ongeluk", PASSWORD).location()).isEqualTo("/login?fout");
        accounts.disable("raad-kampen", "beheer");
        assertThat(browser.signIn("raad-kampen", PASSWORD).location()).isEqualTo("/login?fout");
        assertThat(actions()).contains("console aanmelden mislukt (onbekende naam) geweigerd: naam of wachtwoord onjuist",
                "console aanmelden mislukt raad-kampen geweigerd: account uitgeschakeld");
        assertThat(audit.list(Optional.empty())).noneSatisfy(entry -> assertThat(entry.toString())
                .contains("mijn-wachtwoord-per-ongeluk"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        ConsoleClient browser = new ConsoleClient(port);
        browser.get("/login");
        assertThat(browser.postRaw("/login", Map.of("username", "raad-kampen", "password", PASSWORD)).status())
                .isEqualTo(403);
        browser.signIn("raad-kampen", PASSWORD);
        assertThat(browser.postRaw("/logout", Map.of()).status()).isEqualTo(403);
        assertThat(browser.get("/").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        ConsoleClient browser = new ConsoleClient(port);
        ConsoleClient.Answer login = browser.get("/login");
        String policy = login.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(browser.signIn("raad-kampen", PASSWORD).header("Set-Cookie"))
                .as("a new session id after signing in, only for this site, not for scripts")
                .contains("PMSESSION=", "HttpOnly", "SameSite=Strict");
        assertThat(browser.get("/").header("Content-Security-Policy")).isEqualTo(policy);
        assertThat(browser.get("/css/console.css").status()).isEqualTo(200);
    }

    @Test
    void nothingOfHealthOrMetricsOnTheConsolePort() {
        assertThat(new ConsoleClient(port).get("/actuator/health").status()).isIn(302, 403, 404);
    }

    private List<String> actions() {
        return audit.list(Optional.empty()).stream().map(SignInTest::line).toList();
    }

    private static String line(AuditEntry entry) {
        return entry.action() + " " + entry.who() + " " + entry.result();
    }
}
