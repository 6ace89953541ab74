package nl.participatiemonitor.ingest;

/**
 * Why one value of a delivered line cannot be imported, in plain Dutch and English. The value is
 * never a raw client id or BSN: those are shown as their pseudonym or not at all.
 */
public record Problem(String column, String value, String dutch, String english) {
}
