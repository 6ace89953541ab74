package nl.participatiemonitor.ingest;

import java.util.List;

/**
 * One canonical column of IMPORT.md: its name, how it is checked, whether it is required, its
 * default when empty, and whether it is an event date that cannot lie after the day of import.
 */
record FieldSpec(String name, FieldType type, boolean mandatory, List<String> codes, int maxLength,
        Object defaultValue, boolean eventDate) {

    static FieldSpec of(String name, FieldType type) {
        return new FieldSpec(name, type, false, List.of(), type == FieldType.TEXT ? 255 : 64, null, false);
    }

    FieldSpec required() {
        return new FieldSpec(name, type, true, codes, maxLength, defaultValue, eventDate);
    }

    FieldSpec event() {
        return new FieldSpec(name, type, mandatory, codes, maxLength, defaultValue, true);
    }

    FieldSpec orElse(Object value) {
        return new FieldSpec(name, type, mandatory, codes, maxLength, value, eventDate);
    }

    FieldSpec max(int length) {
        return new FieldSpec(name, type, mandatory, codes, length, defaultValue, eventDate);
    }

    static FieldSpec code(String name, String... codes) {
        return new FieldSpec(name, FieldType.CODE, false, List.of(codes), 64, null, false);
    }

    /** The database column: client ids are stored only as their pseudonym. */
    String column() {
        return type == FieldType.CLIENT ? "client_pseudoniem" : name;
    }
}
