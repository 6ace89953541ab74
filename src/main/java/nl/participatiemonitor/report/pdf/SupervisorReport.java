package nl.participatiemonitor.report.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The toezichtrapportage of one run as it is printed: every value is text, already suppressed as for the raad
 * ({@code <5}, {@code .}, {@code -}). The comparison lines of the municipalities, the size-group medians and the
 * gemeenschappelijke regelingen share the columns {@code columns} (twelve indicators). Codes the report names in words
 * are passed as codes: a size group ({@code <500}) as a median line's name, the soort of an organisation, and
 * {@code GEMEENTE} with an empty name for the municipalities themselves.
 */
public record SupervisorReport(String scope, String period, String status, int revision, LocalDate dataDate,
        String fingerprint, int smallestCount, int minNoemer, List<Column> columns, List<Line> municipalities,
        List<Line> medians, List<Line> arrangements, List<HandlingLine> handling) {

    /** The number of figure columns the landscape page has room for. */
    public static final int COLUMNS = 12;

    public SupervisorReport {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (columns.size() != COLUMNS) {
            throw new IllegalArgumentException("The toezichtrapportage has " + COLUMNS + " figure columns, not "
                    + columns.size());
        }
        columns = List.copyOf(columns);
        municipalities = List.copyOf(municipalities);
        medians = List.copyOf(medians);
        arrangements = List.copyOf(arrangements);
        handling = List.copyOf(handling);
    }

    /** A figure column: the indicator's code, its label and definition from the catalogue. */
    public record Column(String code, String label, String definition) {
    }

    /** What kind of line a comparison line is, for how it is printed. */
    public enum Kind {
        /** A municipality or a size group. */
        MEMBER,
        /** The name of a gemeenschappelijke regeling above its members. */
        HEADING,
        /** The total of a gemeenschappelijke regeling below its members. */
        TOTAL
    }

    /** One line of a comparison table: a name, a code, a status, a value per column, the signal codes. */
    public record Line(Kind kind, String name, String code, String status, List<String> values, String signals) {

        public Line {
            values = List.copyOf(values);
        }
    }

    /** One organisation in the complaints of a GR's members; {@code kind} is its soort (GR, UITVOERDER, GEMEENTE). */
    public record HandlingLine(String arrangement, String name, String kind, String about, String handledBy,
            String onTime) {
    }

}
