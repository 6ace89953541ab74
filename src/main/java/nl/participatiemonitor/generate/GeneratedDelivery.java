package nl.participatiemonitor.generate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One generated delivery folder: its source id and the number of data rows per file name, in writing order. */
public record GeneratedDelivery(Path folder, String source, Map<String, Long> rowsPerFile) {

    public GeneratedDelivery {
        rowsPerFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerFile));
    }
}
