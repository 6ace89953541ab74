package nl.participatiemonitor.web;

import static nl.participatiemonitor.web.Role.BEHEERDER;
import static nl.participatiemonitor.web.Role.CONTROLLER;
import static nl.participatiemonitor.web.Role.RAAD;
import static nl.participatiemonitor.web.Role.TOETSER;
import static nl.participatiemonitor.web.Role.TOEZICHT;

import java.util.EnumSet;
import java.util.Set;

/**
 * The access matrix of the console, written once: every part of the console and every kind of archived
 * file, with the roles that may reach it. Whether the municipality, GR or period a request names lies
 * within the user's scope is checked besides this, by {@link ConsoleUser#covers}.
 */
public enum Area {

    /** The start page: who you are and what you may see. */
    HOME(RAAD, TOEZICHT, CONTROLLER, TOETSER, BEHEERDER),
    /** The raadsrapportage of a municipality (PDF, XLSX). */
    RAADSRAPPORTAGE(RAAD, TOEZICHT, TOETSER),
    /** The jaaroverzicht klachten of a municipality or GR (PDF, CSV): a public document. */
    JAAROVERZICHT(RAAD, TOEZICHT, TOETSER),
    /** The toezichtrapportage: municipalities side by side (PDF, XLSX). */
    TOEZICHTRAPPORTAGE(TOEZICHT, TOETSER),
    /** open-data.csv of a run: suppressed figures, public. */
    OPEN_DATA(RAAD, TOEZICHT, TOETSER),
    /** signalen.csv of a run: the signals of every municipality in it. */
    SIGNALS(TOEZICHT, TOETSER),
    /** indicatoren.csv of a run: every figure unsuppressed (REPORTS.md: restricted). */
    UNSUPPRESSED_FIGURES(TOETSER),
    /** The VERTROUWELIJK dossier: the records behind every figure, and the drill-down in the console. */
    DOSSIER(TOETSER),
    /** The audit trail and whether its chain is intact. */
    AUDIT_TRAIL(TOETSER),
    /** The deliveries of the controller's municipalities, and the decision on a held one. */
    DELIVERIES(CONTROLLER),
    /** The accounts: create, disable, new password. */
    USERS(BEHEERDER);

    private final Set<Role> roles;

    Area(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    /** The roles that may reach this area. */
    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    /** Whether what is in this area is confidential: every view of it is written to the audit trail. */
    boolean confidential() {
        return this == DOSSIER || this == UNSUPPRESSED_FIGURES || this == AUDIT_TRAIL;
    }

    String[] authorities() {
        return roles.stream().map(Role::authority).toArray(String[]::new);
    }
}
