package nl.participatiemonitor.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The codes a delivered row may refer to: municipalities from the reference list and the current
 * organisations, advisory bodies and advice of every source. Loaded once per file (they are small,
 * so validation never queries per row); clients, which are many, are checked per chunk instead.
 */
final class ReferenceData {

    private final Set<String> municipalities;
    private final Map<String, String> organisationKinds;
    private final Set<String> bodies;
    private final Map<String, LocalDate> adviceIssuedOn;

    ReferenceData(Set<String> municipalities, Map<String, String> organisationKinds, Set<String> bodies,
            Map<String, LocalDate> adviceIssuedOn) {
        this.municipalities = municipalities;
        this.organisationKinds = organisationKinds;
        this.bodies = bodies;
        this.adviceIssuedOn = adviceIssuedOn;
    }

    static ReferenceData load(JdbcTemplate jdbc) {
        Set<String> municipalities = new HashSet<>(jdbc.queryForList("SELECT code FROM gemeenten", String.class));
        Map<String, String> organisations = new HashMap<>();
        jdbc.query("SELECT organisatie_code, soort FROM organisaties WHERE actueel = 1",
                rs -> { organisations.put(rs.getString(1), rs.getString(2)); });
        Set<String> bodies = new HashSet<>(
                jdbc.queryForList("SELECT DISTINCT orgaan_id FROM adviesorganen WHERE actueel = 1", String.class));
        Map<String, LocalDate> advice = new HashMap<>();
        jdbc.query("SELECT advies_id, uitgebracht_op FROM adviezen WHERE actueel = 1",
                rs -> { advice.put(rs.getString(1), rs.getObject(2, LocalDate.class)); });
        return new ReferenceData(municipalities, organisations, bodies, advice);
    }

    boolean isMunicipality(String code) {
        return municipalities.contains(code);
    }

    /** The soort of an organisation, or null when no source delivered it. */
    String organisationKind(String code) {
        return organisationKinds.get(code);
    }

    boolean isBody(String id) {
        return bodies.contains(id);
    }

    boolean isAdvice(String id) {
        return adviceIssuedOn.containsKey(id);
    }

    LocalDate adviceIssuedOn(String id) {
        return adviceIssuedOn.get(id);
    }
}
