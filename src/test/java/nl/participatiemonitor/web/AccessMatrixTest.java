package nl.participatiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.AntPathMatcher;

/**
 * The access matrix walked cell by cell on the running console: every kind of user against every page and every
 * kind of archived file, in and out of their scope. The expectations are written out by hand below, not derived
 * from {@link Area}, so a change to the matrix shows up here as a changed line. Kampen is GM0166, Zwolle GM0193.
 */
@ConsoleTest
class AccessMatrixTest {

    private static final String PASSWORD = "wachtwoord-voor-de-matrix";

    /** The users of the columns, in order; "anoniem" is not signed in. */
    private static final List<String> USERS = List.of("anoniem", "raad-kampen", "toezicht-kampen", "toezicht-land",
            "controller-kampen", "toetser-kampen", "toetser-land", "beheer");

    /**
     * One line per endpoint: the method and path, then per user of {@link #USERS} the status: 200 shown, 403 refused,
     * 302 to the sign-in page (a form sent without a session has no CSRF token: 403).
     */
    private static final String MATRIX = """
            GET  /                                                                           302 200 200 200 200 200 200 200
            GET  /archief/2026-Q3/GM0166/r1/raadsrapportage-GM0166-2026-Q3.pdf               302 200 200 200 403 200 200 403
            GET  /archief/2026-Q3/GM0166/r1/manifest.json                                    302 200 200 200 403 200 200 403
            GET  /archief/2026-Q3/GM0193/r1/raadsrapportage-GM0193-2026-Q3.pdf               302 403 403 200 403 403 200 403
            GET  /archief/2026-Q3/toezicht-GM0166/r1/toezichtrapportage-GM0166-2026-Q3.pdf   302 403 200 200 403 200 200 403
            GET  /archief/2026-Q3/toezicht-ALLE/r1/toezichtrapportage-ALLE-2026-Q3.pdf       302 403 403 200 403 403 200 403
            GET  /archief/2025/jaaroverzicht-GM0166/r1/jaaroverzicht-klachten-GM0166-2025.pdf 302 200 200 200 403 200 200 403
            GET  /archief/2026-Q3/indicatoren-ALLE/r1/open-data.csv                          302 200 200 200 403 200 200 403
            GET  /archief/2026-Q3/indicatoren-ALLE/r1/signalen.csv                           302 403 403 200 403 403 200 403
            GET  /archief/2026-Q3/indicatoren-ALLE/r1/indicatoren.csv                        302 403 403 403 403 403 200 403
            GET  /archief/2026-Q3/dossier-GM0166/r1/VERTROUWELIJK-dossier-GM0166-2026-Q3.csv 302 403 403 403 403 200 200 403
            GET  /archief/2026-Q3/dossier-GM0193/r1/VERTROUWELIJK-dossier-GM0193-2026-Q3.csv 302 403 403 403 403 403 200 403
            GET  /dossier/2026-Q3/GM0166                                                     302 403 403 403 403 200 200 403
            GET  /dossier/2026-Q3/GM0166/K3                                                  302 403 403 403 403 200 200 403
            GET  /dossier/2026-Q3/GM0193                                                     302 403 403 403 403 403 200 403
            GET  /dossier/2026-Q3/GM0193/K3                                                  302 403 403 403 403 403 200 403
            GET  /auditspoor                                                                 302 403 403 403 403 200 200 403
            GET  /leveringen                                                                 302 403 403 403 200 403 403 403
            POST /leveringen/0000000000000000000000000000000000000000000000000000000000000000/accepteren 403 403 403 403 403 403 403 403
            GET  /gebruikers                                                                 302 403 403 403 403 403 403 200
            POST /gebruikers/raad-kampen/uitschakelen                                        403 403 403 403 403 403 403 302
            GET  /onbekend                                                                   302 403 403 403 403 403 403 403
            """;

    private static final Pattern LINE = Pattern.compile("(GET|POST) +(\\S+)((?: +\\d{3})+)");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void usersAndArchive() {
        TestArchive.kampenAndZwolle();
        add("raad-kampen", Role.RAAD, false);
        add("toezicht-kampen", Role.TOEZICHT, false);
        add("toezicht-land", Role.TOEZICHT, true);
        add("controller-kampen", Role.CONTROLLER, false);
        add("toetser-kampen", Role.TOETSER, false);
        add("toetser-land", Role.TOETSER, true);
        accounts.add(new Accounts.NewAccount("beheer", Role.BEHEERDER, List.of(), Optional.empty(), false), PASSWORD,
                "test");
    }

    @Test
    void everyUserGetsExactlyWhatTheMatrixSays() {
        Map<String, ConsoleClient> browsers = new LinkedHashMap<>();
        for (String user : USERS) {
            ConsoleClient browser = new ConsoleClient(port);
            if (!user.equals("anoniem")) {
                assertThat(browser.signIn(user, PASSWORD).location()).as(user).isEqualTo("/");
            }
            browser.get("/");
            browsers.put(user, browser);
        }
        List<String> wrong = new ArrayList<>();
        for (Cell cell : cells()) {
            ConsoleClient browser = browsers.get(cell.user());
            ConsoleClient.Answer answer = cell.method().equals("GET") ? browser.get(cell.path())
                    : browser.post(cell.path(), Map.of());
            if (answer.status() != cell.status()) {
                wrong.add(cell + " but got " + answer.status());
            } else if (answer.status() == 302 && cell.user().equals("anoniem")
                    && !answer.location().equals("/login")) {
                wrong.add(cell + " but was sent to " + answer.location());
            } else if (answer.status() == 403 && cell.method().equals("GET")) {
                assertThat(answer.body()).as(cell.toString()).contains("Geen toegang").doesNotContain("PDF Zwolle");
            }
        }
        assertThat(wrong).as("cells that differ from the matrix").isEmpty();
    }

    @Test
    void theMatrixCoversEveryPageAndEveryArea() {
        AntPathMatcher paths = new AntPathMatcher();
        Set<ConsolePage> pages = EnumSet.noneOf(ConsolePage.class);
        Set<Area> areas = EnumSet.of(Area.HOME, Area.USERS, Area.AUDIT_TRAIL, Area.DOSSIER, Area.DELIVERIES);
        for (Cell cell : cells()) {
            Arrays.stream(ConsolePage.values())
                    .filter(page -> Arrays.stream(page.pattern()).anyMatch(p -> paths.match(p, cell.path())))
                    .forEach(pages::add);
            Matcher archived = Pattern.compile("/archief/[^/]+/([^/]+)/r\\d+/([^/]+)").matcher(cell.path());
            if (archived.matches()) {
                ArchiveAccess.area(archived.group(1), archived.group(2)).ifPresent(areas::add);
            }
        }
        assertThat(pages).containsExactlyInAnyOrder(ConsolePage.values());
        assertThat(areas).containsExactlyInAnyOrder(Area.values());
        assertThat(cells()).hasSize(22 * USERS.size());
    }

    /** One cell of the matrix: what this user gets from this endpoint. */
    private record Cell(String method, String path, String user, int status) {

        @Override
        public String toString() {
            return user + " " + method + " " + path + " expects " + status;
        }
    }

    private static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            Matcher matcher = LINE.matcher(line.strip());
            assertThat(matcher.matches()).as(line).isTrue();
            String[] statuses = matcher.group(3).strip().split(" +");
            assertThat(statuses).as(line).hasSize(USERS.size());
            for (int i = 0; i < statuses.length; i++) {
                cells.add(new Cell(matcher.group(1), matcher.group(2), USERS.get(i), Integer.parseInt(statuses[i])));
            }
        }
        return cells;
    }

    private void add(String name, Role role, boolean all) {
        accounts.add(new Accounts.NewAccount(name, role, all ? List.of() : List.of("GM0166"), Optional.empty(), all),
                PASSWORD, "test");
    }
}
