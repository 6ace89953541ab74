package nl.participatiemonitor.ingest;

import java.time.LocalDate;
import java.util.Map;

/** The checked, typed values of one row by column name; an empty value is absent (null). */
record RowValues(Map<String, Object> values, Map<String, String> shown) {

    Object get(String column) {
        return values.get(column);
    }

    LocalDate date(String column) {
        return (LocalDate) values.get(column);
    }

    Integer number(String column) {
        return (Integer) values.get(column);
    }

    boolean has(String column) {
        return values.get(column) != null;
    }

    /** The value as a controller may see it in the reject list. */
    String shown(String column) {
        return shown.getOrDefault(column, "");
    }
}
