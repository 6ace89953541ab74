package nl.participatiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestBsns;
import nl.participatiemonitor.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each kind of bad line of IMPORT.md is rejected with its reason; valid lines of the same file are imported. */
@IntegrationTest
class BadRowsTest {

    static final String BSN = TestBsns.valid(0);

    static final String FUTURE = TestClock.TODAY.plusDays(10).toString();

    @Autowired
    DeliveryImporter importer;

    @Autowired
    DeliveryStore store;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void rejectsEachKindOfBadLineWithFileLineColumnValueAndReason() throws Exception {
        DeliveryFiles.in(dir).source("gm0014", "2026-Q3")
                .csv("organisaties.csv", "organisatie_code;naam;soort",
                        "UITV-A;Werkbedrijf A;UITVOERDER",
                        "GR-A;GR A;GR")
                .csv("clienten.csv", "bsn;gemeente_code;start_uitkering;einde_uitkering",
                        BSN + ";GM0014;2020-01-01;",                     // 2 valid
                        TestBsns.invalid(1) + ";GM0014;2020-01-01;",      // 3 malformed BSN (elfproef)
                        TestBsns.valid(2) + ";GM0014;2021-05-01;2021-04-01", // 4 end before start
                        TestBsns.validWithEightDigits(0) + ";GM9999;2021-05-01;", // 5 unknown municipality (8 digits is fine)
                        BSN + ";GM0014;2022-01-01;")                     // 6 same key as line 2
                .csv("contacten.csv", "contact_id;client_id;datum;kanaal;doel",
                        "CT-1;" + BSN + ";2026-01-05;KANTOOR;INTAKE",    // 2 valid
                        "CT-2;999999999;2026-01-05;KANTOOR;INTAKE",    // 3 client nobody delivered
                        "CT-3;" + BSN + ";2026-02-30;KANTOOR;INTAKE",    // 4 impossible date
                        "CT-4;" + BSN + ";2026-01-07;DUIFPOST;INTAKE")   // 5 unknown code
                .csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp;gedragende_organisatie;afgehandeld;uitkomst",
                        "K-1;GM0014;2026-07-01;BEJEGENING;UITV-A;2026-07-20;GEGROND",  // 2 valid
                        "K-2;GM0014;2026-07-01;;;;",                                  // 3 missing onderwerp
                        "K-3;GM0014;" + FUTURE + ";BETALING;;;",                     // 4 event date after today
                        "K-4;GM0014;2026-07-01;BETALING;UITV-ONBEKEND;;",            // 5 unknown organisation
                        "K-5;GM0014;2026-07-01;BETALING;;2026-08-01;",               // 6 afgehandeld without uitkomst
                        "K-6;GM0014;2026-07-01;BETALING;;2026-06-01;ONGEGROND",      // 7 handled before received
                        "K-7;GM0014;2026-07-01;BETALING;;;;extra");                  // 8 more fields than the header

        DeliverySummary delivery = importer.importFolder(dir, null, null).delivery();

        assertThat(delivery.files()).extracting("name", "read", "imported", "rejected").containsExactlyInAnyOrder(
                tuple("organisaties.csv", 2L, 2L, 0L),
                tuple("clienten.csv", 5L, 1L, 4L),
                tuple("contacten.csv", 4L, 1L, 3L),
                tuple("klachten.csv", 7L, 1L, 6L));
        assertThat(delivery.read()).isEqualTo(delivery.imported() + delivery.rejected()).isEqualTo(18);
        assertThat(delivery.status()).as("13 of 18 lines rejected is above 5%").isEqualTo(DeliveryStore.HELD);

        List<DeliveryStore.RejectedLine> rejects = store.rejects(delivery.id());
        assertThat(rejects).extracting("file", "line", "column", "value").contains(
                tuple("clienten.csv", 3L, "bsn", "(verborgen)"),
                tuple("clienten.csv", 4L, "einde_uitkering", "2021-04-01"),
                tuple("clienten.csv", 5L, "gemeente_code", "GM9999"),
                tuple("contacten.csv", 4L, "datum", "2026-02-30"),
                tuple("contacten.csv", 5L, "kanaal", "DUIFPOST"),
                tuple("klachten.csv", 3L, "onderwerp", ""),
                tuple("klachten.csv", 4L, "ontvangen", FUTURE),
                tuple("klachten.csv", 5L, "gedragende_organisatie", "UITV-ONBEKEND"),
                tuple("klachten.csv", 6L, "uitkomst", ""),
                tuple("klachten.csv", 7L, "afgehandeld", "2026-06-01"));
        assertThat(reason(rejects, "clienten.csv", 3)).contains("elfproef");
        assertThat(rejects).filteredOn(r -> r.file().equals("clienten.csv") && r.line() == 5).extracting("column")
                .as("a BSN of eight digits is read with a leading zero and passes").containsExactly("gemeente_code");
        assertThat(reason(rejects, "clienten.csv", 4)).contains("moet na start_uitkering (2021-05-01) liggen");
        assertThat(reason(rejects, "clienten.csv", 6)).contains("staat al op regel 2 van deze levering");
        assertThat(reason(rejects, "contacten.csv", 3)).contains("cliënt is niet bekend");
        assertThat(reason(rejects, "contacten.csv", 4)).contains("geen geldige datum", "jjjj-mm-dd");
        assertThat(reason(rejects, "contacten.csv", 5)).contains("onbekende code", "KANTOOR, HUISBEZOEK");
        assertThat(reason(rejects, "klachten.csv", 3)).contains("Verplichte waarde onderwerp ontbreekt");
        assertThat(reason(rejects, "klachten.csv", 4)).contains("ligt na de dag van import");
        assertThat(reason(rejects, "klachten.csv", 5)).contains("geen bekende organisatie");
        assertThat(reason(rejects, "klachten.csv", 6)).contains("uitkomst ontbreekt");
        assertThat(reason(rejects, "klachten.csv", 7)).contains("ligt vóór ontvangen");
        assertThat(reason(rejects, "klachten.csv", 8)).contains("8 velden, de kopregel 7");
        assertThat(rejects).allSatisfy(r -> assertThat(r.reasonEnglish()).isNotBlank());
        assertThat(jdbc.queryForList("SELECT klacht_id FROM klachten", String.class)).containsExactly("K-1");
    }

    @Test
    void rejectsAdviceOfUnknownBodiesAndAnswersToUnknownOrEarlierAdvice() throws Exception {
        DeliveryFiles.in(dir).source("adviesraad", "2026-Q3")
                .csv("adviesorganen.csv", "orgaan_id;naam;soort;peildatum;zetels;bezette_zetels",
                        "AO-1;Cliëntenraad;CLIENTENRAAD_PW;2026-07-01;9;7",
                        "AO-2;Adviesraad;ADVIESRAAD_SD;2026-07-01;9;11")           // 3 more seats filled than exist
                .csv("adviezen.csv", "advies_id;orgaan_id;soort;onderwerp;gevraagd_op;uitgebracht_op",
                        "ADV-1;AO-1;GEVRAAGD;BELEID;2026-06-01;2026-07-01",
                        "ADV-2;AO-9;GEVRAAGD;BELEID;;2026-07-01",                   // 3 unknown body
                        "ADV-3;AO-1;ONGEVRAAGD;BELEID;2026-06-01;2026-07-01")       // 4 requested date on unrequested advice
                .csv("advies_reacties.csv", "advies_id;gemeente_code;reactie_datum;uitkomst",
                        "ADV-1;GM0014;2026-08-01;OVERGENOMEN",
                        "ADV-7;GM0014;2026-08-01;OVERGENOMEN",                      // 3 unknown advice
                        "ADV-1;GM0034;2026-06-15;OVERGENOMEN",                      // 4 answered before issued
                        "ADV-1;GM0037;;OVERGENOMEN");                               // 5 outcome without answer date

        DeliverySummary delivery = importer.importFolder(dir, null, null).delivery();

        List<DeliveryStore.RejectedLine> rejects = store.rejects(delivery.id());
        assertThat(rejects).extracting("file", "line", "column").containsExactlyInAnyOrder(
                tuple("adviesorganen.csv", 3L, "bezette_zetels"),
                tuple("adviezen.csv", 3L, "orgaan_id"),
                tuple("adviezen.csv", 4L, "gevraagd_op"),
                tuple("advies_reacties.csv", 3L, "advies_id"),
                tuple("advies_reacties.csv", 4L, "reactie_datum"),
                tuple("advies_reacties.csv", 5L, "uitkomst"));
        assertThat(reason(rejects, "adviezen.csv", 3)).contains("geen bekend adviesorgaan", "adviesorganen");
        assertThat(reason(rejects, "advies_reacties.csv", 3)).contains("geen bekend advies", "adviezen");
        assertThat(reason(rejects, "advies_reacties.csv", 4)).contains("vóór de datum waarop het advies is uitgebracht");
        assertThat(delivery.imported()).as("AO-1, ADV-1 and its answer by GM0014").isEqualTo(3);
    }

    @Test
    void aDeliveryWithFewRejectsIsAccepted() throws Exception {
        String[] lines = new String[40];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "K-" + i + ";GM0014;2026-07-01;" + (i == 0 ? "ONBEKEND_ONDERWERP" : "BETALING");
        }
        DeliveryFiles.in(dir).csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp", lines);

        DeliverySummary delivery = importer.importFolder(dir, "gm0014", null).delivery();

        assertThat(delivery.rejected()).isOne();
        assertThat(delivery.status()).as("1 of 40 is below 5%").isEqualTo(DeliveryStore.ACCEPTED);
    }

    private static String reason(List<DeliveryStore.RejectedLine> rejects, String file, long line) {
        return rejects.stream().filter(r -> r.file().equals(file) && r.line() == line)
                .map(DeliveryStore.RejectedLine::reason).reduce("", (a, b) -> a + " " + b);
    }
}
