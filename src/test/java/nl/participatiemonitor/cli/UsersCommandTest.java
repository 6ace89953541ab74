package nl.participatiemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.participatiemonitor.audit.AuditTrail;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code users}: the console's accounts from the command line, the password only from standard input. */
@IntegrationTest
class UsersCommandTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    @Test
    void theFirstBeheerderThenARaadslidAndAReviewerOfKampen() {
        assertThat(run("", "users").out()).contains("Nog geen gebruikers. Maak de eerste beheerder met: users add");

        CliRun beheerder = run("een-lang-wachtwoord\n", "--as", "installateur", "users", "add", "beheer",
                "--role", "beheerder", "--password-stdin");
        assertThat(beheerder.exitCode()).as(beheerder.err()).isZero();
        assertThat(beheerder.out()).contains("Gebruiker beheer gemaakt: beheerder voor -.");
        run("nog-een-lang-wachtwoord\n", "users", "add", "raad-kampen", "--role", "raad", "--municipality", "GM0166",
                "--password-stdin");
        run("nog-een-lang-wachtwoord\n", "users", "add", "toetser-regio", "--role", "toetser", "--municipality",
                "GM0166", "GM0193", "--gr", "regio-ijssel", "--password-stdin");

        assertThat(run("", "users").out()).containsSubsequence(
                "beheer", "beheerder", "-", "actief",
                "raad-kampen", "raad", "GM0166", "actief",
                "toetser-regio", "toetser", "GM0166, GM0193, GR regio-ijssel", "actief");
        String hash = jdbc.queryForObject("SELECT wachtwoord_hash FROM gebruikers WHERE naam = 'raad-kampen'", String.class);
        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("nog-een-lang-wachtwoord");
        assertThat(audit.list(Optional.empty())).anySatisfy(entry -> {
            assertThat(entry.who()).isEqualTo("installateur");
            assertThat(entry.action()).isEqualTo("gebruiker aanmaken");
            assertThat(entry.parameters()).isEqualTo("naam=beheer rol=beheerder scope=-");
        });
        assertThat(audit.list(Optional.empty())).noneSatisfy(entry -> assertThat(entry.toString())
                .contains("lang-wachtwoord"));

        assertThat(run("", "users", "disable", "raad-kampen").out()).contains("Gebruiker raad-kampen kan niet meer aanmelden.");
        assertThat(run("vervangend-wachtwoord\n", "users", "password", "toetser-regio", "--password-stdin").out())
                .contains("Gebruiker toetser-regio heeft een nieuw wachtwoord.");
        assertThat(run("", "users").out()).containsPattern("raad-kampen +raad +GM0166 +uitgeschakeld");
    }

    @Test
    void refusesWhatDoesNotFitTheRole() {
        assertThat(run("een-lang-wachtwoord\n", "users", "add", "raad", "--role", "raad", "--password-stdin").err())
                .contains("Een raadslid of griffie hoort bij gemeenten: geef --municipality GM.... (een of meer), --gr <code> of --all.");
        assertThat(run("een-lang-wachtwoord\n", "users", "add", "beheer", "--role", "beheerder", "--municipality",
                "GM0166", "--password-stdin").err()).contains("Een beheerder heeft geen gemeenten");
        assertThat(run("een-lang-wachtwoord\n", "users", "add", "raad", "--role", "raad", "--municipality", "GM9999",
                "--password-stdin").err()).contains("Gemeente 'GM9999' bestaat niet");
        assertThat(run("kort\n", "users", "add", "raad", "--role", "raad", "--municipality", "GM0166",
                "--password-stdin").err()).contains("Het wachtwoord moet minstens 12 tekens hebben.");
        assertThat(run("een-lang-wachtwoord\n", "users", "add", "raad", "--role", "wethouder", "--municipality",
                "GM0166", "--password-stdin").err()).contains("Rol 'wethouder' bestaat niet; kies uit raad, toezicht, "
                        + "controller, toetser, beheerder.");
        run("een-lang-wachtwoord\n", "users", "add", "raad", "--role", "raad", "--municipality", "GM0166", "--password-stdin");
        CliRun twice = run("een-lang-wachtwoord\n", "users", "add", "raad", "--role", "raad", "--municipality", "GM0166",
                "--password-stdin");
        assertThat(twice.exitCode()).isEqualTo(1);
        assertThat(twice.err()).contains("Er is al een gebruiker 'raad'.");
        assertThat(run("", "users", "disable", "niemand").err()).contains("Er is geen gebruiker 'niemand'.");
    }

    private CliRun run(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.run(context, args);
        } finally {
            System.setIn(original);
        }
    }
}
