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

    /**
     * The status as a controller reads it: a delivery whose other files were imported while one was refused is
     * never shown as plainly accepted (IMPORT.md: the refused file's lines are not in it).
     */
    public String shownStatus() {
        long refused = files.stream().filter(FileSummary::refused).count();
        if (refused == 0 || DeliveryStore.REFUSED.equals(status) || DeliveryStore.BUSY.equals(status)) {
            return status;
        }
        String held = DeliveryStore.HELD.equals(status) ? DeliveryStore.HELD + " en " : "";
        String heldEn = DeliveryStore.HELD.equals(status) ? "HELD and " : "";
        return held + "DEELS GEWEIGERD: " + refused + " van " + files.size() + " bestanden geweigerd, de andere "
                + "geïmporteerd / " + heldEn + "PARTLY REFUSED: " + refused + " of " + files.size() + " files refused, "
                + "the others imported";
    }

    public String shortId() {
        return id.substring(0, 12);
    }
}
