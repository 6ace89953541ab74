package nl.participatiemonitor.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.participatiemonitor.metrics.ExpectedSources;
import nl.participatiemonitor.metrics.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Which expected sources ({@code config/bronnen.yml}) have delivered for a period and which are late:
 * the same rule as signal S9. A source has delivered for a period when one of its deliveries that was
 * not refused covers a period ending on or after the period's end.
 */
@Service
public class LateSources {

    private final ExpectedSources expected;
    private final JdbcTemplate jdbc;

    LateSources(ExpectedSources expected, JdbcTemplate jdbc) {
        this.expected = expected;
        this.jdbc = jdbc;
    }

    /** One expected source for a period: its municipalities, and the latest period it delivered for (or null). */
    public record SourceState(String source, List<String> municipalities, String latestPeriod, boolean late) {
    }

    public List<SourceState> states(Period period) {
        Map<String, Period> latest = new HashMap<>();
        jdbc.query("SELECT DISTINCT bron, periode FROM leveringen WHERE periode IS NOT NULL AND status <> 'GEWEIGERD'",
                rs -> {
                    Period delivered = Period.parse(rs.getString(2));
                    latest.merge(rs.getString(1), delivered, (a, b) -> a.end().isAfter(b.end()) ? a : b);
                });
        List<SourceState> states = new ArrayList<>();
        for (ExpectedSources.Expected source : expected.expected()) {
            Period last = latest.get(source.source());
            states.add(new SourceState(source.source(), source.municipalities(), last == null ? null : last.label(),
                    last == null || last.end().isBefore(period.end())));
        }
        return states;
    }
}
