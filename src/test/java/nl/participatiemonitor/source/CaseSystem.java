package nl.participatiemonitor.source;

import nl.participatiemonitor.support.SourceSamples;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes rows into the test's case-management tables (zaaksysteem_*), which voorbeeld-zaaksysteem reads. */
final class CaseSystem {

    private final JdbcTemplate jdbc;

    CaseSystem(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A client of the case system whose BSN is the n-th sample BSN (as in the client system's export). */
    CaseSystem client(long id, int bsn) {
        jdbc.update("INSERT INTO zaaksysteem_klant (id, bsn) VALUES (?, ?)", id, SourceSamples.bsn(bsn));
        return this;
    }

    CaseSystem contact(long id, long client, String date, String time, String channel, String reason, String result,
            String changed) {
        jdbc.update("""
                INSERT INTO zaaksysteem_contactmoment (id, klant_id, datum, tijd, kanaal, reden, resultaat, notitie,
                    gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?, 'vrije tekst over de cliënt', ?)""",
                id, client, date, time, channel, reason, result, changed);
        return this;
    }
}
