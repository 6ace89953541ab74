package nl.participatiemonitor.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the e-mail into the rest: the {@code pm.mail.*} settings, and a listener on every Spring Batch job (imports,
 * indicator runs, scheduled publications, inbox collections) that alerts the controllers when a run fails, so no job
 * configuration has to know about mail.
 */
@Configuration
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    static BeanPostProcessor runFailureAlerts(ObjectProvider<ControllerAlerts> alerts) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof AbstractJob job) {
                    job.registerJobExecutionListener(new JobExecutionListener() {
                        @Override
                        public void afterJob(JobExecution execution) {
                            try {
                                alerts.getObject().runFailed(execution);
                            } catch (RuntimeException e) {
                                // The run's own failure is what matters; a missing alert must not hide it.
                                log.warn("Mail: no alert written for failed run {}: {}", execution.getId(),
                                        e.getMessage());
                            }
                        }
                    });
                }
                return bean;
            }
        };
    }
}
