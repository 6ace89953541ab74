package nl.participatiemonitor.report;

import java.io.IOException;
import java.util.List;

/** Publishes the reports of one audience for a finished run into the archive. */
interface AudiencePublication {

    Audience audience();

    /** Publishes into {@code context}'s archive; returns each publication, in a stable order. */
    List<ReportPublisher.Published> publish(PublicationContext context) throws IOException;
}
