package nl.participatiemonitor.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a console user is: each role sees its own part of the console (see {@link Area}). */
public enum Role {

    /** A raadslid or the griffie: the published raadsrapportages of their municipalities and the open data. */
    RAAD("raadslid of griffie", true),
    /** A supervisor: the toezichtrapportage and the raadsrapportages of their scope. */
    TOEZICHT("toezichthouder", true),
    /** A controller of the municipality or regional service: deliveries, runs and jobs of their scope. */
    CONTROLLER("controller", true),
    /** A reviewer (ombudsman, rekenkamer, inspectie): what raad and toezicht see, plus the dossier and the audit trail. */
    TOETSER("toetser", true),
    /** Manages the accounts; sees no municipality's data. */
    BEHEERDER("beheerder", false);

    private final String label;
    private final boolean needsScope;

    Role(String label, boolean needsScope) {
        this.label = label;
        this.needsScope = needsScope;
    }

    /** The name on the command line, in the database and in the audit trail. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the role is called on the screen. */
    public String label() {
        return label;
    }

    /** Whether an account of this role must name the municipalities it is for. */
    public boolean needsScope() {
        return needsScope;
    }

    /** The Spring Security authority of the role. */
    String authority() {
        return "ROLE_" + name();
    }

    /**
     * The role called {@code id}.
     *
     * @throws IllegalArgumentException naming the roles there are
     */
    public static Role parse(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id == null ? "" : id.trim().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Rol '" + id + "' bestaat niet; kies uit "
                        + Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", ")) + "."));
    }
}
