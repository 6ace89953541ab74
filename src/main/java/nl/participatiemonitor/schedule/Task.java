package nl.participatiemonitor.schedule;

import java.util.Arrays;
import java.util.Optional;

/** What a scheduled job runs, as written in its {@code taak} field. */
public enum Task {

    /** Takes the complete deliveries from the inbox, imports them and moves them to archive/ or failed/. */
    INBOX("inbox"),
    /** Computes the indicators of a period and publishes its reports for the job's audiences. */
    PUBLICATION("rapportage"),
    /** The yearly complaint overview of Awb 9:12a: the publication of the previous year for audience jaaroverzicht. */
    AWB_OVERVIEW("awb-jaaroverzicht");

    private final String word;

    Task(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public boolean publishes() {
        return this != INBOX;
    }

    static Optional<Task> of(String word) {
        return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst();
    }
}
