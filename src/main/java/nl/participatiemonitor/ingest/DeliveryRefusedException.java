package nl.participatiemonitor.ingest;

/** A delivery that may not be imported at all; nothing of it was imported. Says why in Dutch and English. */
public class DeliveryRefusedException extends RuntimeException {

    private final String dutch;

    public DeliveryRefusedException(String dutch, String english) {
        super(english);
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return getMessage();
    }
}
