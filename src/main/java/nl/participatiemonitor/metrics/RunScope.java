package nl.participatiemonitor.metrics;

import java.util.List;

/**
 * The municipalities a run is about: a list a controller gave, or every municipality the deliveries
 * have data for. Part of the run's identity.
 */
public record RunScope(List<String> municipalities, boolean all) {

    static RunScope of(List<String> given, List<String> withData) {
        return given.isEmpty() ? new RunScope(withData, true) : new RunScope(given.stream().sorted().distinct().toList(), false);
    }

    /** How the scope is written in the run's identity: ALLE, or the codes. */
    public String label() {
        return all ? "ALLE" : String.join(",", municipalities);
    }
}
