package nl.participatiemonitor.mail;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.participatiemonitor.report.Audience;

/**
 * What a subscription is for: the reports of one audience (the dossier as a link only, never attached), or the
 * alerts for a controller (held and refused deliveries, failed runs, late sources).
 */
public enum Topic {

    RAAD(Audience.RAAD), TOEZICHT(Audience.TOEZICHT), JAAROVERZICHT(Audience.JAAROVERZICHT),
    DOSSIER(Audience.DOSSIER), CONTROLLER(null);

    private final Audience audience;

    Topic(Audience audience) {
        this.audience = audience;
    }

    /** The reports of this topic, or empty for the controller's alerts. */
    public Optional<Audience> audience() {
        return Optional.ofNullable(audience);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Topic of(Audience audience) {
        return Arrays.stream(values()).filter(t -> t.audience == audience).findFirst().orElseThrow();
    }

    /**
     * The topic called {@code id}.
     *
     * @throws IllegalArgumentException naming the known topics
     */
    public static Topic parse(String id) {
        String known = Arrays.stream(values()).map(Topic::id).collect(Collectors.joining(", "));
        return Arrays.stream(values()).filter(t -> t.id().equals(id == null ? "" : id.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Doelgroep '" + id + "' is onbekend; kies uit " + known
                        + ". / Audience '" + id + "' is not known; choose from " + known + "."));
    }
}
