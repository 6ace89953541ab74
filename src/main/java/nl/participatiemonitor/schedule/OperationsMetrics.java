package nl.participatiemonitor.schedule;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a controller's monitoring watches, read from the database at each scrape: held deliveries
 * waiting for a decision, failed runs waiting for a restart, and the length of the audit trail.
 * Spring Batch adds its own job and step timers.
 */
@Component
class OperationsMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    OperationsMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("pm.deliveries.held", () -> count("SELECT COUNT(*) FROM leveringen WHERE status = 'GEBLOKKEERD'"))
                .description("Held deliveries waiting for 'deliveries accept|reject'").register(registry);
        Gauge.builder("pm.runs.failed", () -> count("""
                SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e WHERE e.STATUS IN ('FAILED', 'STOPPED', 'UNKNOWN')
                AND NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION later WHERE later.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                                AND later.JOB_EXECUTION_ID > e.JOB_EXECUTION_ID)"""))
                .description("Failed runs not restarted since").register(registry);
        Gauge.builder("pm.audit.rows", () -> count("SELECT COUNT(*) FROM audit_trail"))
                .description("Rows in the audit trail").register(registry);
    }

    private double count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
