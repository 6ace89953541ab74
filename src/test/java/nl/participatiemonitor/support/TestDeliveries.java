package nl.participatiemonitor.support;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The delivery folders under src/test/resources/deliveries. */
public final class TestDeliveries {

    private TestDeliveries() {
    }

    /** A canonical delivery with every entity of IMPORT.md, all lines valid. */
    public static Path complete() {
        return folder("volledig");
    }

    static Path folder(String name) {
        try {
            return Path.of(TestDeliveries.class.getResource("/deliveries/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
