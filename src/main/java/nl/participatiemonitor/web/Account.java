package nl.participatiemonitor.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A console account as stored: its role and scope (the municipalities named, the members of a GR, or every
 * municipality), whether it may sign in and until when it is locked after failed sign-ins (UTC).
 */
public record Account(String name, Role role, List<String> municipalities, Optional<String> gr, boolean all,
        boolean enabled, int failedSignIns, Optional<LocalDateTime> lockedUntil) {

    /** The scope in words, for lists: {@code GM0166}, {@code GR regio-ijssel}, {@code alle gemeenten}. */
    public String scopeText() {
        if (all) {
            return "alle gemeenten";
        }
        List<String> parts = new java.util.ArrayList<>(municipalities);
        gr.ifPresent(code -> parts.add("GR " + code));
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }
}
