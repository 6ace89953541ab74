package nl.participatiemonitor.system;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.SimpleJob;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives every Spring Batch job of the application (import, indicators, scheduled publication, inbox)
 * the same progress display, in one place, without touching the job configurations.
 */
@Component
class RunProgressRegistration implements BeanPostProcessor {

    private final RunProgress progress = RunProgress.forThisProcess();

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof SimpleJob job) {
            int count = job.getStepNames().size();
            job.registerJobExecutionListener(new JobExecutionListener() {
                @Override
                public void beforeJob(JobExecution execution) {
                    progress.expectSteps(execution, count);
                    progress.beforeJob(execution);
                }

                @Override
                public void afterJob(JobExecution execution) {
                    progress.afterJob(execution);
                }
            });
            for (String stepName : job.getStepNames()) {
                Step step = job.getStep(stepName);
                if (step instanceof AbstractStep abstractStep) {
                    abstractStep.registerStepExecutionListener(progress);
                }
                if (step instanceof TaskletStep taskletStep) {
                    taskletStep.registerChunkListener(progress);
                }
            }
        }
        return bean;
    }
}
