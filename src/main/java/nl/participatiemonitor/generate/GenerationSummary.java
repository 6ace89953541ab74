package nl.participatiemonitor.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deliveries of one run, in import order, and the rows written per entity over all of them
 * (keyed by entity name such as {@code clienten}, in the order the entities first appear).
 */
public record GenerationSummary(List<GeneratedDelivery> deliveries, Map<String, Long> rowsPerEntity) {

    public GenerationSummary {
        deliveries = List.copyOf(deliveries);
        rowsPerEntity = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerEntity));
    }

    /** Sums the rows of every delivery per entity. */
    static GenerationSummary of(List<GeneratedDelivery> deliveries) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (GeneratedDelivery delivery : deliveries) {
            delivery.rowsPerFile().forEach((file, rows) ->
                    totals.merge(file.substring(0, file.lastIndexOf('.')), rows, Long::sum));
        }
        return new GenerationSummary(deliveries, totals);
    }

    /** Rows written for one entity (for example {@code contacten}); 0 when none. */
    public long rows(String entity) {
        return rowsPerEntity.getOrDefault(entity, 0L);
    }
}
