package nl.participatiemonitor.inbox;

/**
 * What the inbox did with one delivery folder: left it alone (not complete yet), archived it
 * (imported and accepted), moved it to failed/ (refused or held, with REASON.txt), or kept it in place
 * after a technical failure so the next collection continues the import.
 */
public record InboxDelivery(String source, String folder, String deliveryId, Outcome outcome, long rowsImported,
        String message) {

    /** Where the delivery's folder is now. */
    public enum Outcome {
        INCOMPLETE, ARCHIVED, FAILED, RETRY
    }
}
