package nl.participatiemonitor.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.participatiemonitor.system.ExclusiveJobRuns;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The history of every Spring Batch run (imports, indicator runs, scheduled publications and inbox
 * collections) as a controller reads it: which job, about what period, how it ended, how long it took,
 * how many rows, and why it failed in plain words. Read from the Spring Batch tables; a run they still call
 * running whose process is gone (its lock is free) is shown as {@value #INTERRUPTED}.
 */
@Repository
public class RunHistory {

    /** The status shown for a run whose process stopped (killed, crashed) while Spring Batch says it is running. */
    public static final String INTERRUPTED = "ONDERBROKEN";

    private static final List<String> RUNNING = List.of("STARTING", "STARTED", "STOPPING");

    private final JdbcTemplate jdbc;
    private final JobExplorer explorer;
    private final ExclusiveJobRuns exclusiveRuns;

    RunHistory(JdbcTemplate jdbc, JobExplorer explorer, ExclusiveJobRuns exclusiveRuns) {
        this.jdbc = jdbc;
        this.explorer = explorer;
        this.exclusiveRuns = exclusiveRuns;
    }

    /** One run: a Spring Batch job execution. {@code job} is the scheduled job's name where there is one. */
    public record Run(long id, String batchJob, String job, String period, String status, LocalDateTime start,
            LocalDateTime end, long rows, String exitMessage, Map<String, String> parameters) {

        public Optional<Duration> duration() {
            return start == null || end == null ? Optional.empty() : Optional.of(Duration.between(start, end));
        }

        /** The first line of the error, without Java class names. */
        public String error() {
            return INTERRUPTED.equals(status) ? ("onderbroken: het proces stopte tijdens de run; ga verder met 'runs "
                    + "restart " + id + "' / interrupted: the process stopped during the run; continue with 'runs restart "
                    + id + "'") : plain(exitMessage);
        }

        /** Whether the run ended without completing and may be restarted. */
        public boolean interrupted() {
            return INTERRUPTED.equals(status);
        }
    }

    /** One step of a run with its counts. */
    public record StepRun(String name, String status, long read, long written, long filtered, long skipped, long commits,
            LocalDateTime start, LocalDateTime end, String exitMessage) {

        public String error() {
            return plain(exitMessage);
        }
    }

    /**
     * The last {@code limit} runs, newest first; with {@code failedOnly} only failed, stopped or interrupted runs
     * whose job instance has not completed since (what still needs a restart).
     */
    public List<Run> runs(boolean failedOnly, int limit) {
        if (!failedOnly) {
            return query("", limit);
        }
        return query("""
                WHERE e.STATUS IN ('FAILED', 'STOPPED', 'ABANDONED', 'UNKNOWN', 'STARTING', 'STARTED', 'STOPPING')
                  AND NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION later WHERE later.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                                  AND later.JOB_EXECUTION_ID > e.JOB_EXECUTION_ID)
                """, limit).stream().filter(run -> !RUNNING.contains(run.status())).toList();
    }

    public Optional<Run> run(long id) {
        return query("WHERE e.JOB_EXECUTION_ID = ? ", 1, id).stream().findFirst();
    }

    private List<Run> query(String where, int limit, Object... arguments) {
        List<Run> bare = jdbc.query("""
                SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME, e.EXIT_MESSAGE,
                       (SELECT COALESCE(SUM(s.WRITE_COUNT), 0) FROM BATCH_STEP_EXECUTION s
                        WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID) AS ROWS_WRITTEN
                FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                """ + where + "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ?",
                (rs, i) -> new Run(rs.getLong(1), rs.getString(2), null, null, rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class), rs.getLong(7),
                        rs.getString(6), Map.of()), append(arguments, limit))
                .stream().map(this::interruptedWhenItsProcessIsGone).toList();
        if (bare.isEmpty()) {
            return bare;
        }
        Map<Long, Map<String, String>> parameters = parameters(bare.get(bare.size() - 1).id(), bare.get(0).id());
        Map<String, String> deliveryPeriods = new HashMap<>();
        jdbc.query("SELECT id, CONCAT(bron, ' ', COALESCE(periode, '-')) FROM leveringen",
                rs -> {
                    deliveryPeriods.put(rs.getString(1), rs.getString(2));
                });
        return bare.stream().map(r -> describe(r, parameters.getOrDefault(r.id(), Map.of()), deliveryPeriods)).toList();
    }

    private Run interruptedWhenItsProcessIsGone(Run run) {
        if (!RUNNING.contains(run.status())) {
            return run;
        }
        JobExecution execution = explorer.getJobExecution(run.id());
        if (execution == null || exclusiveRuns.isRunning(run.batchJob(), execution.getJobParameters())) {
            return run;
        }
        return new Run(run.id(), run.batchJob(), run.job(), run.period(), INTERRUPTED, run.start(), run.end(), run.rows(),
                run.exitMessage(), run.parameters());
    }

    public List<StepRun> steps(long id) {
        return jdbc.query("""
                SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, FILTER_COUNT,
                       READ_SKIP_COUNT + PROCESS_SKIP_COUNT + WRITE_SKIP_COUNT, COMMIT_COUNT, START_TIME, END_TIME,
                       EXIT_MESSAGE
                FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID""",
                (rs, i) -> new StepRun(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getObject(8, LocalDateTime.class),
                        rs.getObject(9, LocalDateTime.class), rs.getString(10)),
                id);
    }

    private static Object[] append(Object[] arguments, Object last) {
        Object[] all = Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = last;
        return all;
    }

    private Map<Long, Map<String, String>> parameters(long from, long to) {
        Map<Long, Map<String, String>> parameters = new HashMap<>();
        jdbc.query("""
                SELECT JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS
                WHERE JOB_EXECUTION_ID BETWEEN ? AND ?""",
                rs -> {
                    parameters.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                }, from, to);
        return parameters;
    }

    private static Run describe(Run run, Map<String, String> parameters, Map<String, String> deliveryPeriods) {
        String job = parameters.getOrDefault(ScheduledJobsConfiguration.JOB, run.batchJob());
        String period = switch (run.batchJob()) {
            case "import" -> Optional.ofNullable(parameters.get("levering"))
                    .map(id -> id.substring(0, Math.min(12, id.length())) + " (" + deliveryPeriods.getOrDefault(id, "?") + ")")
                    .orElse("-");
            case ScheduledJobsConfiguration.INBOX_JOB -> parameters.getOrDefault(ScheduledJobsConfiguration.MOMENT, "-");
            default -> parameters.getOrDefault(ScheduledJobsConfiguration.PERIOD, "-");
        };
        return new Run(run.id(), run.batchJob(), job, period, run.status(), run.start(), run.end(), run.rows(),
                run.exitMessage(), Map.copyOf(parameters));
    }

    /** The first line of an exit message, without the exception class names Spring Batch puts in front. */
    static String plain(String exitMessage) {
        if (exitMessage == null || exitMessage.isBlank()) {
            return "";
        }
        String first = exitMessage.lines().findFirst().orElse("").trim();
        return first.replaceAll("^([a-zA-Z_$][\\w$]*\\.)+[\\w$]*(Exception|Error): ", "")
                .replaceAll("^([a-zA-Z_$][\\w$]*\\.)+[\\w$]*(Exception|Error): ", "");
    }
}
