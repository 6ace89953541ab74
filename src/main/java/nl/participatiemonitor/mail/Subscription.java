package nl.participatiemonitor.mail;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * An e-mail address that wants one topic for a scope: the municipalities named, the members of a gemeenschappelijke
 * regeling, or every municipality when neither is given.
 */
public record Subscription(long id, String email, Topic topic, List<String> municipalities, String arrangement,
        LocalDateTime created, String createdBy) {

    public boolean everyMunicipality() {
        return municipalities.isEmpty() && arrangement == null;
    }

    /**
     * Whether something about {@code about} (municipality codes, or a GR code for a GR's own jaaroverzicht) is in this
     * subscription's scope; {@code members} are the municipalities of the subscription's GR.
     */
    boolean covers(Collection<String> about, Collection<String> members) {
        if (everyMunicipality()) {
            return true;
        }
        return about.stream().anyMatch(code -> municipalities.contains(code) || code.equals(arrangement)
                || members.contains(code));
    }

    /** The scope as people read it: {@code alle gemeenten}, {@code GM0166}, {@code GR Werkplein}. */
    public String scopeLabel() {
        if (everyMunicipality()) {
            return "alle gemeenten";
        }
        return arrangement != null ? "GR " + arrangement : String.join(", ", municipalities);
    }
}
