package nl.participatiemonitor.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sample raadsrapportage to the file named by the first argument: run in a JVM of its own by the test
 * that a report renders to the same bytes in another process, and handy for looking at the pages.
 */
public final class RenderSample {

    private RenderSample() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), new PdfRenderer().render(CouncilReports.sample()));
    }
}
