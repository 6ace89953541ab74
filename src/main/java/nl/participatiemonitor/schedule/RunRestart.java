package nl.participatiemonitor.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.report.PublicationRuns;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * {@code runs restart <id>}: starts a failed run again with its own parameters, so Spring Batch continues
 * from the failed step (an import: after its last committed chunk). A run that completed, or whose job
 * completed in a later run, is left alone.
 */
@Service
public class RunRestart {

    private final JobExplorer explorer;
    private final ScheduledWork work;
    private final DeliveryImporter importer;
    private final IndicatorRunner indicators;
    private final JdbcTemplate jdbc;
    private final PublicationRuns publications;

    RunRestart(JobExplorer explorer, ScheduledWork work, DeliveryImporter importer, IndicatorRunner indicators,
            JdbcTemplate jdbc, PublicationRuns publications) {
        this.publications = publications;
        this.explorer = explorer;
        this.work = work;
        this.importer = importer;
        this.indicators = indicators;
        this.jdbc = jdbc;
    }

    /** What the restart did, in a sentence, and whether the run now completed. */
    public record Result(String message, boolean completed, Long newExecution) {
    }

    /** Restarts run {@code id}; what it publishes is recorded in the audit trail as done by {@code who}. */
    public Result restart(long id, String who) {
        JobExecution execution = explorer.getJobExecution(id);
        if (execution == null) {
            throw new IllegalArgumentException("Er is geen run " + id + "; zie 'runs'. / There is no run " + id + ".");
        }
        String job = execution.getJobInstance().getJobName();
        switch (job) {
            case ScheduledJobsConfiguration.PUBLICATION_JOB, ScheduledJobsConfiguration.INBOX_JOB -> {
                JobParameters parameters = new JobParametersBuilder(execution.getJobParameters())
                        .addString(ScheduledJobsConfiguration.WHO, who, false).toJobParameters();
                ScheduledWork.Outcome outcome = work.restart(job, parameters);
                if (outcome.alreadyDone()) {
                    return new Result("Run " + id + " (" + outcome.job() + ", " + outcome.period()
                            + ") is al voltooid; er is niets opnieuw gedaan.", true, null);
                }
                return new Result("Run " + id + " is opnieuw gestart als run " + outcome.execution().getId() + ": "
                        + outcome.execution().getStatus(), !outcome.failed(), outcome.execution().getId());
            }
            case "import" -> {
                String delivery = execution.getJobParameters().getString("levering");
                var row = jdbc.queryForMap("SELECT map, bron, periode FROM leveringen WHERE id = ?", delivery);
                try {
                    DeliveryImporter.Outcome outcome = importer.importFolder(Path.of((String) row.get("map")),
                            (String) row.get("bron"), (String) row.get("periode"));
                    return new Result("Levering " + outcome.delivery().shortId() + (outcome.importedBefore()
                            ? " was al volledig geïmporteerd." : " is verder geïmporteerd: " + outcome.delivery().status()),
                            true, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case "indicatoren" -> {
                String scope = execution.getJobParameters().getString("scope");
                List<String> municipalities = "ALLE".equals(scope) ? List.of() : Arrays.asList(scope.split(","));
                IndicatorRunner.RunSummary run = indicators.run(Period.parse(execution.getJobParameters()
                        .getString("periode")), municipalities);
                return new Result("Indicatoren " + run.period().label() + " berekend (indicatorrun " + run.runId()
                        + (run.computedBefore() ? ", was al berekend" : "") + ").", true, null);
            }
            case PublicationRuns.JOB_NAME -> {
                JobExecution again = publications.restart(execution.getJobParameters());
                return new Result("Run " + id + " is opnieuw gestart als run " + again.getId() + ": " + again.getStatus(),
                        again.getStatus() == BatchStatus.COMPLETED, again.getId());
            }
            default -> throw new IllegalArgumentException("Run " + id + " (" + job + ") kan niet opnieuw worden gestart.");
        }
    }
}
