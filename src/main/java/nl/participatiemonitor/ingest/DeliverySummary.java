package nl.participatiemonitor.ingest;

import java.util.List;

/** What became of a delivery: its status and, per file, the lines read, imported and rejected. */
public record DeliverySummary(String id, String source, String period, String folder, String status, long read,
        long imported, long rejected, double maxRejectShare, List<FileSummary> files) {

    /** One file: imported with its counts, or refused with the message why. */
    public record FileSummary(String name, String status, String message, String messageEnglish,
            String ignoredColumns, long read, long imported, long rejected) {

        public boolean refused() {
            return DeliveryStore.REFUSED.equals(status);
        }
    }

    public boolean anyFileRefused() {
        return files.stream().anyMatch(FileSummary::refused);
    }

    public String shortId() {
        return id.substring(0, 12);
    }
}
