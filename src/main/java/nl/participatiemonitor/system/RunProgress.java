package nl.participatiemonitor.system;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Shows how far a long run is. On a terminal: one line on standard error that is redrawn, with a bar
 * over the job's steps, the current step, the rows it read and wrote and the rate (an import), or the
 * step counter (an indicator run). Not on a terminal (serve under a service manager, a pipe, tests):
 * the same facts in the log, at most every ten seconds per step and once when a step ends.
 * Safe for runs on several threads at once: the state is per step execution.
 */
public class RunProgress implements JobExecutionListener, StepExecutionListener, ChunkListener {

    private static final Logger log = LoggerFactory.getLogger(RunProgress.class);
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final long DRAW_EVERY_NANOS = 200_000_000L;
    private static final int BAR = 20;
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final PrintStream terminal;
    private final LongSupplier ticker;
    private final Map<Long, Step> steps = new ConcurrentHashMap<>();

    /** The progress of one step execution: which step of how many, and when it started and was last shown. */
    private record Step(int number, int of, long started, long[] lastShown) {
    }

    /**
     * @param terminal where to draw, or null when not on a terminal (progress goes to the log)
     * @param ticker nanoseconds from a fixed origin, for rates and how often to draw ({@code System::nanoTime})
     */
    RunProgress(PrintStream terminal, LongSupplier ticker) {
        this.terminal = terminal;
        this.ticker = ticker;
    }

    /** Draws on standard error when the process has a terminal, else logs. */
    public static RunProgress forThisProcess() {
        return new RunProgress(System.console() != null ? System.err : null, System::nanoTime);
    }

    private final Map<Long, Integer> stepCounts = new ConcurrentHashMap<>();

    /** Tells how many steps the job of an execution has, for the bar. */
    void expectSteps(JobExecution job, int count) {
        stepCounts.put(job.getId(), count);
    }

    @Override
    public void beforeJob(JobExecution job) {
        log.info("{} {} starts: {}", job.getJobInstance().getJobName(), job.getId(),
                job.getJobParameters().getIdentifyingParameters().keySet());
    }

    @Override
    public void afterJob(JobExecution job) {
        stepCounts.remove(job.getId());
        if (terminal != null) {
            terminal.print("\r\033[K");
            terminal.flush();
        }
    }

    @Override
    public void beforeStep(StepExecution step) {
        int of = stepCounts.getOrDefault(step.getJobExecutionId(), 0);
        int number = (int) step.getJobExecution().getStepExecutions().stream()
                .filter(s -> s.getId() != null && s.getId() <= step.getId()).count();
        steps.put(step.getId(), new Step(number, of, ticker.getAsLong(), new long[] {ticker.getAsLong()}));
        show(step, true);
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        show(step, true);
        Step state = steps.remove(step.getId());
        if (terminal == null && state != null && (step.getReadCount() > 0 || step.getWriteCount() > 0)) {
            log.info("{} / {}: {} rows read, {} written, {} filtered in {} s", step.getJobExecution().getJobInstance()
                    .getJobName(), step.getStepName(), step.getReadCount(), step.getWriteCount(), step.getFilterCount(),
                    (ticker.getAsLong() - state.started()) / 1_000_000_000L);
        }
        return null;
    }

    @Override
    public void afterChunk(ChunkContext context) {
        show(context.getStepContext().getStepExecution(), false);
    }

    private void show(StepExecution step, boolean always) {
        Step state = steps.get(step.getId());
        if (state == null) {
            return;
        }
        long now = ticker.getAsLong();
        long every = terminal != null ? DRAW_EVERY_NANOS : LOG_EVERY_NANOS;
        if (!always && now - state.lastShown()[0] < every) {
            return;
        }
        state.lastShown()[0] = now;
        String job = step.getJobExecution().getJobInstance().getJobName();
        double seconds = Math.max((now - state.started()) / 1e9, 0.001);
        long rows = Math.max(step.getReadCount(), step.getWriteCount());
        // Rows with a rate where lines are read (an import); a plain counter where a step produces things (values, reports).
        String counts = rows == 0 ? "" : step.getReadCount() > 0
                ? String.format(DUTCH, "  %,d regels, %,.0f/s", rows, rows / seconds)
                : String.format(DUTCH, "  %,d gereed", rows);
        String where = state.of() > 0 ? "stap " + state.number() + "/" + state.of() + " " : "";
        if (terminal != null) {
            int done = state.of() > 0 ? BAR * (state.number() - 1) / state.of() : 0;
            terminal.print("\r\033[K" + job + " [" + "#".repeat(done) + ".".repeat(BAR - done) + "] " + where
                    + step.getStepName() + counts);
            terminal.flush();
        } else if (!always && rows > 0) {
            log.info("{} / {}{}: {} rows, {} per second", job, where, step.getStepName(), rows, (long) (rows / seconds));
        }
    }
}
