package nl.participatiemonitor.ingest;

import java.util.List;

/** A check that relates several columns of one row, or a row to records delivered earlier. */
@FunctionalInterface
interface RowRule {
    void check(RowValues row, ReferenceData references, List<Problem> problems);
}
