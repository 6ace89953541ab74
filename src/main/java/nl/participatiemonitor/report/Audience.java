package nl.participatiemonitor.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Who a publication is for; each audience has its own reports, folders and privacy rules (REPORTS.md). */
public enum Audience {

    /** The raadsrapportage per municipality: PDF and Excel, small numbers suppressed. */
    RAAD,
    /** The toezichtrapportage: municipalities side by side and per GR, PDF and Excel, suppressed. */
    TOEZICHT,
    /** The Awb 9:12a jaaroverzicht klachten per bestuursorgaan (municipality or GR): PDF and CSV, suppressed. */
    JAAROVERZICHT,
    /** The reviewer dossier per municipality: the records behind every figure, unsuppressed, VERTROUWELIJK. */
    DOSSIER;

    /** Every audience, in the order they are published. */
    public static final Set<Audience> ALL = EnumSet.allOf(Audience.class);

    /** The name used on the command line and in jobs/*.yml. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The audience called {@code id} ({@code raad}, {@code toezicht}, {@code jaaroverzicht}, {@code dossier}).
     *
     * @throws IllegalArgumentException naming the known audiences
     */
    public static Audience parse(String id) {
        return Arrays.stream(values()).filter(a -> a.id().equals(id == null ? "" : id.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Doelgroep '" + id + "' is onbekend; kies uit "
                        + known() + ". / Audience '" + id + "' is not known; choose from " + known() + "."));
    }

    private static String known() {
        return Arrays.stream(values()).map(Audience::id).collect(Collectors.joining(", "));
    }
}
