package nl.participatiemonitor.web;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in console user: the role, and the scope resolved when signing in (the municipalities named plus
 * the members of the GR at that moment, or every municipality). The password hash is erased after sign-in.
 */
public final class ConsoleUser implements UserDetails, CredentialsContainer {

    private final String name;
    private final Role role;
    private final Set<String> municipalities;
    private final Optional<String> gr;
    private final boolean all;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    ConsoleUser(Account account, Set<String> grMembers, String passwordHash, boolean locked) {
        this.name = account.name();
        this.role = account.role();
        Set<String> scope = new TreeSet<>(account.municipalities());
        scope.addAll(grMembers);
        this.municipalities = Set.copyOf(scope);
        this.gr = account.gr();
        this.all = account.all();
        this.enabled = account.enabled();
        this.locked = locked;
        this.passwordHash = passwordHash;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    /** The municipalities of the scope, sorted; empty for every municipality ({@link #all()}) and for a beheerder. */
    public List<String> municipalities() {
        return List.copyOf(new TreeSet<>(municipalities));
    }

    public boolean all() {
        return all;
    }

    /** Whether the user's scope includes the municipality with CBS code {@code municipality}. */
    public boolean covers(String municipality) {
        return role.needsScope() && (all || municipalities.contains(municipality));
    }

    /** Whether the user's scope includes every one of {@code municipalities}. */
    public boolean coversAll(Collection<String> municipalities) {
        return !municipalities.isEmpty() && municipalities.stream().allMatch(this::covers);
    }

    /** Whether the user's scope is the GR {@code code} itself (or every municipality). */
    public boolean coversGr(String code) {
        return role.needsScope() && (all || gr.map(code::equals).orElse(false));
    }

    /** The scope in words, for the screen. */
    public String scopeText() {
        if (!role.needsScope()) {
            return "geen gemeenten (beheer)";
        }
        if (all) {
            return "alle gemeenten";
        }
        String named = String.join(", ", municipalities());
        return gr.map(code -> "GR " + code + (named.isEmpty() ? "" : " (" + named + ")")).orElse(named);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return name;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsoleUser user && user.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "ConsoleUser[" + name + ", " + role.id() + "]";
    }
}
