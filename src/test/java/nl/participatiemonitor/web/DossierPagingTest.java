package nl.participatiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The records behind a figure come a page at a time, narrowed by dimension and role. */
@ConsoleTest
class DossierPagingTest {

    private static final String PASSWORD = "wachtwoord-voor-de-pagina";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private ConsoleClient reviewer;

    @BeforeEach
    void aDossierOf120Contacts() {
        StringBuilder csv = new StringBuilder(TestArchive.DOSSIER_HEADER).append('\n');
        String delivery = "cd".repeat(32);
        for (int i = 1; i <= 120; i++) {
            String channel = i <= 70 ? "kanaal=BALIE" : "kanaal=TELEFOON";
            csv.append("GM0166;2026-Q3;C7;").append(channel).append(";telling;contacten;C-").append(String.format("%03d", i))
                    .append(";p").append(i).append(";;").append(delivery).append(";contacten.csv;").append(i + 1).append('\n');
        }
        TestArchive.empty().publish("2026-Q3", "dossier-GM0166", "VERTROUWELIJK-dossier-GM0166-2026-Q3.csv", csv.toString());
        accounts.add(new Accounts.NewAccount("toetser", Role.TOETSER, List.of("GM0166"), Optional.empty(), false),
                PASSWORD, "test");
        reviewer = new ConsoleClient(port);
        reviewer.signIn("toetser", PASSWORD);
    }

    @Test
    void fiftyRecordsAPageWithALinkToTheNext() {
        String figures = reviewer.get("/dossier/2026-Q3/GM0166").body();
        assertThat(figures).contains("kanaal=BALIE", "Bekijk 70 records", "kanaal=TELEFOON", "Bekijk 50 records");

        String first = reviewer.get("/dossier/2026-Q3/GM0166/C7").body();
        assertThat(first).contains("120 records; pagina 1 van 3.", "C-001", "C-050", "Volgende pagina")
                .doesNotContain("C-051", "Vorige pagina");
        String third = reviewer.get("/dossier/2026-Q3/GM0166/C7?pagina=3").body();
        assertThat(third).contains("120 records; pagina 3 van 3.", "C-101", "C-120", "Vorige pagina")
                .doesNotContain("C-100", "Volgende pagina");

        String phone = reviewer.get("/dossier/2026-Q3/GM0166/C7?dimensie=kanaal%3DTELEFOON&rol=telling").body();
        assertThat(phone).contains("50 records; pagina 1 van 1.", "C-071", "C-120", "contacten.csv")
                .doesNotContain("C-070");
        assertThat(reviewer.get("/dossier/2026-Q3/GM0166/C7?rol=teller").body()).contains("0 records; pagina 1 van 1.");
        assertThat(reviewer.get("/dossier/2026-Q3/GM0166/K3x").status()).isEqualTo(404);
        assertThat(reviewer.get("/dossier/2025/GM0166").status()).as("no dossier published for 2025").isEqualTo(404);
    }
}
