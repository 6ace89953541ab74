package nl.participatiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestBsns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No way around the keyed pseudonym: a supplier cannot deliver "pseudonyms" of its own, and a value that
 * may be a BSN is never echoed in a reject, whatever column it ended up in.
 */
@IntegrationTest
class PseudonymBypassTest {

    static final String BSN = TestBsns.valid(3);
    static final String EIGHT_DIGITS = TestBsns.validWithEightDigits(1);

    @Autowired
    DeliveryImporter importer;

    @Autowired
    DeliveryStore store;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void aDeliveredClientPseudonymColumnIsRefusedAndNothingOfTheFileIsStored() throws Exception {
        String unkeyedHash = nl.participatiemonitor.system.Sha256.of(BSN);
        DeliveryFiles.in(dir).source("gm0014", "2026-Q3").csv("clienten.csv",
                "client_pseudoniem;gemeente_code;start_uitkering", unkeyedHash + ";GM0014;2024-01-01");

        DeliverySummary delivery = importer.importFolder(dir, null, null).delivery();

        assertThat(delivery.files()).singleElement().satisfies(file -> {
            assertThat(file.refused()).isTrue();
            assertThat(file.message()).isEqualTo("clienten.csv heeft een kolom client_pseudoniem; die kolom maakt de "
                    + "applicatie alleen zelf, bij het uitlezen van een database. Lever het cliëntnummer als client_id "
                    + "(of bsn), dan pseudonimiseert de applicatie het met haar eigen sleutel.");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clienten", Integer.class)).isZero();
    }

    @Test
    void bsnLikeValuesAreHiddenInEveryColumnAndShortLinesAreRejected() throws Exception {
        DeliveryFiles.in(dir).source("gm0014", "2026-Q3").csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp",
                "K-1;GM0014;2026-07-01;BEJEGENING",   // 2 valid
                "K-2;GM0014;" + BSN,                   // 3 one field short: the BSN would shift into ontvangen
                "K-3;GM0014;" + BSN + ";BEJEGENING",   // 4 a BSN in a date column
                "K-4;GM0014;2026-07-01;" + EIGHT_DIGITS, // 5 eight digits in a code column
                BSN + ";GM0014;2026-07-01;BETALING",   // 6 a BSN as complaint number: valid, stored as delivered
                BSN + ";GM0014;2026-07-02;BETALING");  // 7 the same key again

        DeliverySummary delivery = importer.importFolder(dir, null, null).delivery();

        List<DeliveryStore.RejectedLine> rejects = store.rejects(delivery.id());
        assertThat(rejects).extracting("line", "column", "value").containsExactly(
                tuple(3L, null, ""),
                tuple(4L, "ontvangen", "(verborgen)"),
                tuple(5L, "onderwerp", "(verborgen)"),
                tuple(7L, "klacht_id", "klacht_id (verborgen)"));
        assertThat(rejects.get(0).reason()).isEqualTo("De regel heeft 3 velden, de kopregel 4. Elke regel heeft evenveel "
                + "velden als de kopregel; vul ontbrekende velden aan met lege waarden (;;).");
        assertThat(rejects.get(1).reason()).isEqualTo("ontvangen '(verborgen)' is geen geldige datum. Schrijf datums als "
                + "jjjj-mm-dd, bijvoorbeeld 2026-07-01.");
        assertThat(rejects.get(1).reasonEnglish()).startsWith("ontvangen '(hidden)' is not a valid date.");
        assertThat(rejects).allSatisfy(line -> assertThat(line.value() + line.reason() + line.reasonEnglish())
                .doesNotContain(BSN, EIGHT_DIGITS));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM afwijzingen WHERE CONCAT(waarde, reden, reden_en) LIKE ? "
                + "OR CONCAT(waarde, reden, reden_en) LIKE ?", Integer.class, "%" + BSN + "%", "%" + EIGHT_DIGITS + "%"))
                .isZero();
    }
}
