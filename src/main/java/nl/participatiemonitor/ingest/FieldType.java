package nl.participatiemonitor.ingest;

/** How a canonical column's text is checked and what it becomes in the database. */
enum FieldType {
    /** Free text, stored as is (trimmed), up to the field's maximum length. */
    TEXT,
    /** One value of a fixed code list; matched case-insensitively, stored in upper case. */
    CODE,
    /** {@code yyyy-MM-dd}, strictly (no 31 February). */
    DATE,
    /** J/N, ja/nee, true/false, 1/0. */
    BOOLEAN,
    /** A whole number of at least zero. */
    COUNT,
    /** A whole number of at least one. */
    POSITIVE,
    /** A year from 1900 up to the year of import. */
    YEAR,
    /** A municipality code ({@code GM} and four digits) from the reference list. */
    GEMEENTE,
    /** The code of a delivered organisation. */
    ORGANISATIE,
    /** The code of a delivered organisation of soort GR. */
    GR,
    /** The id of a delivered advisory body. */
    ADVIESORGAAN,
    /** The id of a delivered advice. */
    ADVIES,
    /** A client identifier (or BSN), replaced by its pseudonym before anything is stored. */
    CLIENT
}
