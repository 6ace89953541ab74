package nl.participatiemonitor.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionException;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import nl.participatiemonitor.system.ExclusiveJobRuns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Computes the indicators of a period for a scope of municipalities. A run is identified by the
 * period, the scope and a fingerprint of its inputs (every delivery with its status, the norms and the
 * expected sources): asking again with unchanged inputs returns the stored run; new deliveries give a
 * new run, and the earlier one stays as it was published.
 */
@Service
public class IndicatorRunner {

    private final Job indicatorRun;
    private final JobLauncher jobLauncher;
    private final ExclusiveJobRuns exclusiveRuns;
    private final RunStore runs;
    private final NormsFile norms;
    private final ExpectedSources expectedSources;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    IndicatorRunner(Job indicatorRun, JobLauncher jobLauncher, ExclusiveJobRuns exclusiveRuns, RunStore runs, NormsFile norms,
            ExpectedSources expectedSources, JdbcTemplate jdbc, Clock clock) {
        this.indicatorRun = indicatorRun;
        this.jobLauncher = jobLauncher;
        this.exclusiveRuns = exclusiveRuns;
        this.runs = runs;
        this.norms = norms;
        this.expectedSources = expectedSources;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a run produced, summed up for the command line. */
    public record RunSummary(long runId, Period period, RunScope scope, boolean computedBefore, int values,
            int signals, Map<String, Integer> statuses) {
    }

    public RunSummary run(Period period, List<String> municipalities) {
        List<String> unknown = runs.unknownMunicipalities(municipalities);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Onbekende gemeentecode(s): " + String.join(", ", unknown)
                    + ". Gebruik de CBS-code, GM met vier cijfers. / Unknown municipality code(s): "
                    + String.join(", ", unknown) + ".");
        }
        RunScope scope = RunScope.of(municipalities, runs.municipalitiesWithData());
        if (scope.municipalities().isEmpty()) {
            throw new IllegalArgumentException("Er zijn nog geen gegevens geïmporteerd; importeer eerst leveringen. "
                    + "/ No data has been imported yet; import deliveries first.");
        }
        List<String> unfinished = runs.unfinishedDeliveries();
        if (!unfinished.isEmpty()) {
            throw new UnfinishedDeliveriesException(unfinished);
        }
        String inputs = fingerprint(period, scope);
        long runId = runs.runFor(period.label(), scope.label(), inputs);
        boolean computedBefore = completed(runId);
        JobParameters parameters = new JobParametersBuilder()
                .addString(IndicatorJobConfiguration.PERIOD, period.label())
                .addString(IndicatorJobConfiguration.SCOPE, scope.label())
                .addString(IndicatorJobConfiguration.INPUTS, inputs)
                .toJobParameters();
        if (!computedBefore) {
            JobExecution execution;
            try {
                execution = exclusiveRuns.run(IndicatorJobConfiguration.JOB_NAME, parameters, () -> {
                    runs.prepare(runId, period, scope.municipalities(), norms);
                    return jobLauncher.run(indicatorRun, parameters);
                });
            } catch (JobExecutionException e) {
                throw new IllegalStateException("The indicator run for " + period.label() + " could not be started: "
                        + e.getMessage(), e);
            }
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("De berekening van " + period.label() + " is afgebroken; wat klaar was "
                        + "blijft staan en een nieuwe start gaat daar verder. / The computation stopped: "
                        + execution.getAllFailureExceptions());
            }
            runs.finished(runId, execution.getId());
        }
        return summary(runId, period, scope, computedBefore);
    }

    private boolean completed(long runId) {
        return jdbc.queryForObject("SELECT afgerond IS NOT NULL FROM indicatorruns WHERE id = ?", Boolean.class, runId);
    }

    private RunSummary summary(long runId, Period period, RunScope scope, boolean before) {
        int values = jdbc.queryForObject("SELECT COUNT(*) FROM indicatorwaarden WHERE run_id = ? AND periode = ?",
                Integer.class, runId, period.label());
        int signals = jdbc.queryForObject("SELECT COUNT(*) FROM signalen WHERE run_id = ?", Integer.class, runId);
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM indicatorrun_status WHERE run_id = ? GROUP BY status",
                rs -> {
                    statuses.put(rs.getString(1), rs.getInt(2));
                }, runId);
        return new RunSummary(runId, period, scope, before, values, signals, statuses);
    }

    private String fingerprint(Period period, RunScope scope) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder inputs = new StringBuilder(period.label()).append('\n').append(scope.label()).append('\n');
            runs.deliveryStates().forEach(d -> inputs.append(d).append('\n'));
            norms.asMap().forEach((k, v) -> inputs.append(k).append('=').append(v).append('\n'));
            inputs.append(expectedSources).append('\n');
            // Figures become DEFINITIEF with time alone: which municipalities have settled is an input too.
            LocalDate today = LocalDate.now(clock);
            scope.municipalities().stream()
                    .filter(m -> !today.isBefore(period.end().plusDays(norms.forMunicipality(m).definitiefNaDagen())))
                    .forEach(m -> inputs.append("definitief:").append(m).append('\n'));
            return HexFormat.of().formatHex(digest.digest(inputs.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
