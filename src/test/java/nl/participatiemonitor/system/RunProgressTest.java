package nl.participatiemonitor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;

/** On a terminal a long import shows a bar over its steps with the rows and the rate of the current one. */
class RunProgressTest {

    @Test
    void drawsTheStepTheRowsAndTheRateOnTheTerminal() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        AtomicLong nanos = new AtomicLong();
        RunProgress progress = new RunProgress(new PrintStream(screen, true, StandardCharsets.UTF_8), nanos::get);
        JobExecution job = new JobExecution(new JobInstance(1L, "import"), 7L, new JobParameters());
        progress.expectSteps(job, 4);
        progress.beforeJob(job);
        job.createStepExecution("inspectie").setId(1L);
        StepExecution contacts = job.createStepExecution("contacten");
        contacts.setId(2L);

        progress.beforeStep(contacts);
        contacts.setReadCount(12_500);
        contacts.setWriteCount(12_400);
        nanos.addAndGet(2_500_000_000L);
        progress.afterChunk(new ChunkContext(new StepContext(contacts)));

        String shown = screen.toString(StandardCharsets.UTF_8);
        String last = shown.substring(shown.lastIndexOf('\r'));
        assertThat(last).contains("import [#####...............] stap 2/4 contacten  12.500 regels, ").endsWith("12.500 regels, 5.000/s");
    }
}
