package nl.participatiemonitor.ingest;

/**
 * Why one value of a delivered line cannot be imported, in plain Dutch and English. The value is
 * never a raw client id or BSN: those are shown as their pseudonym or not at all.
 */
public record Problem(String column, String value, String dutch, String english) {

    /** What a reject shows instead of a value that may be a BSN. */
    public static final String HIDDEN = "(verborgen)";

    public Problem {
        value = Bsn.hideLookalikes(value, HIDDEN);
        dutch = Bsn.hideLookalikes(dutch, HIDDEN);
        english = Bsn.hideLookalikes(english, "(hidden)");
    }
}
