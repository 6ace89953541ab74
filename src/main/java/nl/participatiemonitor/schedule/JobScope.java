package nl.participatiemonitor.schedule;

import java.util.List;

/**
 * The municipalities a publication job is about: all with data, a list of codes, or the members of a
 * gemeenschappelijke regeling (GR), looked up in the delivered memberships when the job fires.
 */
public record JobScope(List<String> municipalities, String gr) {

    public static JobScope all() {
        return new JobScope(List.of(), null);
    }

    public boolean coversAll() {
        return municipalities.isEmpty() && gr == null;
    }

    /** As {@code jobs} prints it. */
    public String describe() {
        if (gr != null) {
            return "GR " + gr;
        }
        return coversAll() ? "alle gemeenten" : String.join(", ", municipalities);
    }
}
