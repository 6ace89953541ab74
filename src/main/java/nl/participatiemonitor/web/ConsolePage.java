package nl.participatiemonitor.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The console's URLs and the {@link Area}s behind them; a request that matches none is refused. The archive
 * holds files of several areas: the URL lets in whoever may see any of them, the file's own area decides.
 */
enum ConsolePage {

    HOME(new String[] {"/"}, Area.HOME),
    ARCHIVE(new String[] {"/archief/**"}, Area.RAADSRAPPORTAGE, Area.JAAROVERZICHT, Area.TOEZICHTRAPPORTAGE,
            Area.OPEN_DATA, Area.SIGNALS, Area.UNSUPPRESSED_FIGURES, Area.DOSSIER),
    DOSSIER(new String[] {"/dossier/**"}, Area.DOSSIER),
    AUDIT_TRAIL(new String[] {"/auditspoor"}, Area.AUDIT_TRAIL),
    DELIVERIES(new String[] {"/leveringen", "/leveringen/**"}, Area.DELIVERIES),
    USERS(new String[] {"/gebruikers", "/gebruikers/**"}, Area.USERS);

    private final String[] patterns;
    private final Set<Area> areas;

    ConsolePage(String[] patterns, Area first, Area... more) {
        this.patterns = patterns;
        this.areas = EnumSet.of(first, more);
    }

    String[] pattern() {
        return patterns.clone();
    }

    /** Whoever may see something of any of its areas. */
    Set<Role> roles() {
        return areas.stream().flatMap(a -> a.roles().stream()).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    String[] authorities() {
        return roles().stream().map(Role::authority).toArray(String[]::new);
    }

    static Set<ConsolePage> all() {
        return EnumSet.copyOf(Arrays.asList(values()));
    }
}
