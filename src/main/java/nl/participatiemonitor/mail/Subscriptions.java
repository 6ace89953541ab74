package nl.participatiemonitor.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The e-mail subscriptions as stored in {@code abonnementen}: add, list, remove, and who is in a scope. */
@Repository
public class Subscriptions {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Subscriptions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Adds a subscription; no municipalities and no GR means every municipality.
     *
     * @throws IllegalArgumentException for an address that is not one, an unknown municipality, or both a GR and
     *         municipalities
     */
    public Subscription add(String email, Topic topic, List<String> municipalities, String arrangement, String by) {
        String address = checkedAddress(email);
        List<String> codes = municipalities == null ? List.of()
                : municipalities.stream().map(m -> m.trim().toUpperCase(Locale.ROOT)).distinct().sorted().toList();
        if (!codes.isEmpty() && arrangement != null) {
            throw new IllegalArgumentException("Geef gemeenten of een GR, niet allebei. / Give municipalities or a GR, "
                    + "not both.");
        }
        for (String code : codes) {
            Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM gemeenten WHERE code = ?", Integer.class, code);
            if (known == 0) {
                throw new IllegalArgumentException("Gemeente " + code + " is onbekend; gebruik de CBS-code, zoals "
                        + "GM0166. / Municipality " + code + " is not known; use the CBS code, such as GM0166.");
            }
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO abonnementen (email, doelgroep, gemeenten, gr_code, aangemaakt, aangemaakt_door)
                    VALUES (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, address);
            insert.setString(2, topic.id());
            insert.setString(3, codes.isEmpty() ? null : String.join(",", codes));
            insert.setString(4, arrangement == null || arrangement.isBlank() ? null : arrangement.trim());
            insert.setTimestamp(5, Timestamp.valueOf(now));
            insert.setString(6, by);
            return insert;
        }, key);
        return find(key.getKey().longValue()).orElseThrow();
    }

    /** Every subscription, by address and topic. */
    public List<Subscription> all() {
        return query("ORDER BY email, doelgroep, id");
    }

    public java.util.Optional<Subscription> find(long id) {
        return query("WHERE id = ?", id).stream().findFirst();
    }

    /** Removes a subscription; false when there is none with this id. */
    public boolean remove(long id) {
        return jdbc.update("DELETE FROM abonnementen WHERE id = ?", id) == 1;
    }

    /**
     * The subscriptions of {@code topic} whose scope holds any of {@code about} (municipality codes, or the code of
     * a GR whose own report it is), with GR membership as it stood on {@code day}.
     */
    List<Subscription> covering(Topic topic, Collection<String> about, LocalDate day) {
        List<Subscription> covering = new ArrayList<>();
        Map<String, Set<String>> members = new HashMap<>();
        for (Subscription subscription : query("WHERE doelgroep = ? ORDER BY id", topic.id())) {
            Set<String> ofArrangement = subscription.arrangement() == null ? Set.of()
                    : members.computeIfAbsent(subscription.arrangement(), gr -> members(gr, day));
            if (subscription.covers(about, ofArrangement)) {
                covering.add(subscription);
            }
        }
        return covering;
    }

    private Set<String> members(String arrangement, LocalDate day) {
        return new TreeSet<>(jdbc.queryForList("""
                SELECT DISTINCT gemeente_code FROM gr_lidmaatschappen
                WHERE gr_code = ? AND actueel = 1 AND geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?)""",
                String.class, arrangement, day, day));
    }

    private List<Subscription> query(String where, Object... arguments) {
        return jdbc.query("SELECT id, email, doelgroep, gemeenten, gr_code, aangemaakt, aangemaakt_door FROM abonnementen "
                + where, (rs, i) -> new Subscription(rs.getLong(1), rs.getString(2), Topic.parse(rs.getString(3)),
                        rs.getString(4) == null ? List.of() : Arrays.asList(rs.getString(4).split(",")),
                        rs.getString(5), rs.getObject(6, LocalDateTime.class), rs.getString(7)), arguments);
    }

    private static String checkedAddress(String email) {
        try {
            InternetAddress address = new InternetAddress(email == null ? "" : email.trim(), true);
            if (address.getAddress().indexOf('@') < 1) {
                throw new AddressException("no @");
            }
            return address.getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException("'" + email + "' is geen e-mailadres. / '" + email
                    + "' is not an e-mail address.");
        }
    }
}
