package nl.participatiemonitor.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.participatiemonitor.inbox.DeliveryDecisions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which municipalities a delivery is about: those its records name (current or not). A controller sees a delivery,
 * and decides on it, only when every municipality it names lies within their scope; a delivery that names none (only
 * organisations or advisory bodies) is for a controller of every municipality.
 */
@Component
@ConditionalOnConsole
class DeliveryScope {

    private static final List<String> TABLES_WITH_MUNICIPALITY = List.of("clienten", "klachten", "advies_reacties",
            "adviesorgaan_dekking", "gr_lidmaatschappen");

    private final JdbcTemplate jdbc;
    private final DeliveryDecisions decisions;

    DeliveryScope(JdbcTemplate jdbc, DeliveryDecisions decisions) {
        this.jdbc = jdbc;
        this.decisions = decisions;
    }

    /** A delivery with the municipalities it names. */
    record Shown(DeliveryDecisions.Delivery delivery, Set<String> municipalities) {
    }

    /** The deliveries {@code user} may see, by source, period and arrival. */
    List<Shown> visibleTo(ConsoleUser user) {
        Map<String, Set<String>> named = municipalitiesPerDelivery();
        return decisions.deliveries(false).stream()
                .map(d -> new Shown(d, named.getOrDefault(d.id(), Set.of())))
                .filter(shown -> allows(user, shown.municipalities()))
                .toList();
    }

    /** The delivery with this full id, when {@code user} may see it. */
    java.util.Optional<Shown> find(ConsoleUser user, String id) {
        return visibleTo(user).stream().filter(shown -> shown.delivery().id().equals(id)).findFirst();
    }

    private static boolean allows(ConsoleUser user, Set<String> municipalities) {
        return user.all() || user.coversAll(municipalities);
    }

    private Map<String, Set<String>> municipalitiesPerDelivery() {
        Map<String, Set<String>> named = new HashMap<>();
        String union = String.join(" UNION ", TABLES_WITH_MUNICIPALITY.stream()
                .map(table -> "SELECT DISTINCT levering_id, gemeente_code FROM " + table).toList());
        jdbc.query(union, rs -> {
            named.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
        });
        return named;
    }
}
