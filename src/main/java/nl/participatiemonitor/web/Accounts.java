package nl.participatiemonitor.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.participatiemonitor.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console accounts in the database: created, listed, disabled and given a new password from the command
 * line or by a beheerder in the console. Passwords are stored only as Spring Security's delegating hash.
 * Every change is written to the audit trail with who made it.
 */
@Service
public class Accounts {

    /** Names are short and plain, so they read well in the audit trail and cannot carry markup. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");
    private static final Pattern GR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MINIMUM_PASSWORD = 12;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    Accounts(JdbcTemplate jdbc, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a new account is for: its role and scope. */
    public record NewAccount(String name, Role role, List<String> municipalities, Optional<String> gr, boolean all) {
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException when the name is taken or not plain, the password too short, or the scope
     *         does not fit the role (a beheerder has none; the other roles need one) or names an unknown municipality
     */
    @Transactional
    public Account add(NewAccount account, String password, String who) {
        requirePlainName(account.name());
        if (exists(account.name())) {
            throw new IllegalArgumentException("Er is al een gebruiker '" + account.name() + "'.");
        }
        List<String> municipalities = checkedScope(account);
        String hash = encoder.encode(checkedPassword(password));
        LocalDateTime now = now();
        jdbc.update("""
                INSERT INTO gebruikers (naam, rol, alle_gemeenten, gr_code, wachtwoord_hash, actief, aangemaakt, gewijzigd)
                VALUES (?, ?, ?, ?, ?, 1, ?, ?)""", account.name(), account.role().id(), account.all() ? 1 : 0,
                account.gr().orElse(null), hash, now, now);
        long id = jdbc.queryForObject("SELECT id FROM gebruikers WHERE naam = ?", Long.class, account.name());
        for (String municipality : municipalities) {
            jdbc.update("INSERT INTO gebruiker_gemeenten (gebruiker_id, gemeente_code) VALUES (?, ?)", id, municipality);
        }
        Account created = find(account.name()).orElseThrow();
        audit.record(who, "gebruiker aanmaken", "naam=" + account.name() + " rol=" + account.role().id() + " scope="
                + created.scopeText(), "aangemaakt");
        return created;
    }

    /** Every account, by name. */
    public List<Account> list() {
        Map<String, List<String>> municipalities = municipalitiesPerAccount();
        return jdbc.query("SELECT * FROM gebruikers ORDER BY naam", (rs, i) -> account(rs,
                municipalities.getOrDefault(rs.getString("naam"), List.of())));
    }

    public Optional<Account> find(String name) {
        return jdbc.query("SELECT * FROM gebruikers WHERE naam = ?", (rs, i) -> account(rs, jdbc.queryForList("""
                SELECT gemeente_code FROM gebruiker_gemeenten WHERE gebruiker_id = ? ORDER BY gemeente_code""",
                String.class, rs.getLong("id"))), name).stream().findFirst();
    }

    /** The stored password hash, for signing in only. */
    Optional<String> passwordHash(String name) {
        return jdbc.queryForList("SELECT wachtwoord_hash FROM gebruikers WHERE naam = ?", String.class, name).stream()
                .findFirst();
    }

    /** Stops an account from signing in again (a session already open runs until it ends or times out). */
    public void disable(String name, String who) {
        requireExisting(name);
        jdbc.update("UPDATE gebruikers SET actief = 0, gewijzigd = ? WHERE naam = ?", now(), name);
        audit.record(who, "gebruiker uitschakelen", "naam=" + name, "uitgeschakeld");
    }

    /** Gives an account a new password and lifts a lock-out. */
    public void changePassword(String name, String password, String who) {
        requireExisting(name);
        String hash = encoder.encode(checkedPassword(password));
        jdbc.update("""
                UPDATE gebruikers SET wachtwoord_hash = ?, mislukte_pogingen = 0, geblokkeerd_tot = NULL, gewijzigd = ?
                WHERE naam = ?""", hash, now(), name);
        audit.record(who, "gebruiker nieuw wachtwoord", "naam=" + name, "wachtwoord gewijzigd");
    }

    /**
     * Counts a failed sign-in; the {@code limit}-th failure in a row locks the account for {@code lockFor}.
     * Returns whether this failure locked it.
     */
    boolean failedSignIn(String name, int limit, Duration lockFor) {
        jdbc.update("UPDATE gebruikers SET mislukte_pogingen = mislukte_pogingen + 1 WHERE naam = ?", name);
        LocalDateTime until = now().plus(lockFor);
        return jdbc.update("""
                UPDATE gebruikers SET geblokkeerd_tot = ?, mislukte_pogingen = 0
                WHERE naam = ? AND mislukte_pogingen >= ?""", until, name, limit) > 0;
    }

    void signedIn(String name) {
        jdbc.update("UPDATE gebruikers SET mislukte_pogingen = 0, geblokkeerd_tot = NULL WHERE naam = ?", name);
    }

    /** Whether the lock-out of an account is still in force at this moment. */
    boolean locked(Account account) {
        return account.lockedUntil().map(until -> until.isAfter(now())).orElse(false);
    }

    /** The current members of a GR, from the deliveries of organisations. */
    Set<String> membersOf(String gr) {
        return new TreeSet<>(jdbc.queryForList("""
                SELECT gemeente_code FROM gr_lidmaatschappen WHERE actueel = 1 AND gr_code = ?
                AND geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?)""", String.class, gr,
                today(), today()));
    }

    /** The municipalities of the country, for the beheerder's form. */
    Map<String, String> municipalityNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.query("SELECT code, naam FROM gemeenten WHERE geldig_tot IS NULL ORDER BY naam",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    private List<String> checkedScope(NewAccount account) {
        List<String> municipalities = new ArrayList<>(new TreeSet<>(account.municipalities().stream()
                .map(m -> m.trim().toUpperCase(java.util.Locale.ROOT)).filter(m -> !m.isEmpty()).toList()));
        boolean scoped = !municipalities.isEmpty() || account.gr().isPresent() || account.all();
        if (!account.role().needsScope() && scoped) {
            throw new IllegalArgumentException("Een " + account.role().label() + " heeft geen gemeenten: laat "
                    + "--municipality, --gr en --all weg.");
        }
        if (account.role().needsScope() && !scoped) {
            throw new IllegalArgumentException("Een " + account.role().label() + " hoort bij gemeenten: geef "
                    + "--municipality GM.... (een of meer), --gr <code> of --all.");
        }
        if (account.all() && (!municipalities.isEmpty() || account.gr().isPresent())) {
            throw new IllegalArgumentException("--all geldt voor alle gemeenten: noem dan geen gemeenten of GR.");
        }
        account.gr().ifPresent(gr -> {
            if (!GR.matcher(gr).matches()) {
                throw new IllegalArgumentException("GR-code '" + gr + "' kan niet: gebruik letters, cijfers, punt, "
                        + "streepje of liggend streepje.");
            }
        });
        Collection<String> known = municipalityNames().keySet();
        for (String municipality : municipalities) {
            if (!known.contains(municipality)) {
                throw new IllegalArgumentException("Gemeente '" + municipality + "' bestaat niet (gebruik de CBS-code, "
                        + "bijvoorbeeld GM0166 voor Kampen).");
            }
        }
        return municipalities;
    }

    private static String checkedPassword(String password) {
        if (password == null || password.strip().length() < MINIMUM_PASSWORD) {
            throw new IllegalArgumentException("Het wachtwoord moet minstens " + MINIMUM_PASSWORD + " tekens hebben.");
        }
        return password;
    }

    private static void requirePlainName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Gebruikersnaam '" + name + "' kan niet: gebruik 2 tot 100 letters, "
                    + "cijfers, punt, @, streepje of liggend streepje.");
        }
    }

    private void requireExisting(String name) {
        if (!exists(name)) {
            throw new IllegalArgumentException("Er is geen gebruiker '" + name + "'.");
        }
    }

    private boolean exists(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM gebruikers WHERE naam = ?", Integer.class, name) > 0;
    }

    private Map<String, List<String>> municipalitiesPerAccount() {
        Map<String, List<String>> perAccount = new LinkedHashMap<>();
        jdbc.query("""
                SELECT u.naam, g.gemeente_code FROM gebruiker_gemeenten g JOIN gebruikers u ON u.id = g.gebruiker_id
                ORDER BY u.naam, g.gemeente_code""", rs -> {
                    perAccount.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return perAccount;
    }

    private static Account account(java.sql.ResultSet rs, List<String> municipalities) throws java.sql.SQLException {
        return new Account(rs.getString("naam"), Role.parse(rs.getString("rol")), List.copyOf(municipalities),
                Optional.ofNullable(rs.getString("gr_code")), rs.getBoolean("alle_gemeenten"), rs.getBoolean("actief"),
                rs.getInt("mislukte_pogingen"),
                Optional.ofNullable(rs.getObject("geblokkeerd_tot", LocalDateTime.class)));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }
}
