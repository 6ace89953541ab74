package nl.participatiemonitor.ingest;

/**
 * Published (as a Spring application event, inside the transaction) when an import has decided a delivery's status:
 * accepted, held or refused. Listeners read the delivery with {@link DeliveryStore#summary}.
 */
public record DeliveryCompleted(String deliveryId) {
}
