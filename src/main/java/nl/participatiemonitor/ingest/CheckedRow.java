package nl.participatiemonitor.ingest;

import java.util.List;

/** A delivered line after validation: ready to store, or rejected with its reasons. */
sealed interface CheckedRow {

    long line();

    /** A valid line: its natural key and its values in the entity's field order. */
    record Valid(long line, String key, String shownKey, Object[] values) implements CheckedRow {
    }

    record Rejected(long line, List<Problem> problems) implements CheckedRow {
    }
}
