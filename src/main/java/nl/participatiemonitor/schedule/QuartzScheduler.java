package nl.participatiemonitor.schedule;

import java.util.Properties;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Quartz scheduler of this process, set up from {@code spring.quartz.*} (JDBC job store on the
 * application's DataSource, clustered) and created only when a command first uses the job store
 * ({@code serve}, {@code jobs}). The threads that run fired jobs start only when {@code serve} fires one.
 *
 * <p>Spring Boot's own Quartz bean is switched off (application.yml) because it creates the scheduler at
 * start-up, and Quartz registers the DataSource JVM-wide under the scheduler's name: every process, and
 * every application context in a test JVM, would register one, and the last one (possibly closed) wins.
 */
@Configuration
@EnableConfigurationProperties(QuartzProperties.class)
public class QuartzScheduler implements DisposableBean {

    private final QuartzProperties properties;
    private final DataSource dataSource;
    private final PlatformTransactionManager transactionManager;
    private final ApplicationContext context;
    /** Two at most: a publication and an inbox collection can overlap. */
    private final ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();
    private SchedulerFactoryBean factory;

    QuartzScheduler(QuartzProperties properties, DataSource dataSource, PlatformTransactionManager transactionManager,
            ApplicationContext context) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.transactionManager = transactionManager;
        this.context = context;
    }

    /** The scheduler, created in standby on first use; only {@code serve} starts it. */
    public synchronized Scheduler scheduler() {
        if (factory == null) {
            SchedulerFactoryBean created = new SchedulerFactoryBean();
            SpringBeanJobFactory jobFactory = new SpringBeanJobFactory();
            jobFactory.setApplicationContext(context);
            created.setJobFactory(jobFactory);
            created.setSchedulerName(properties.getSchedulerName());
            created.setAutoStartup(false);
            created.setWaitForJobsToCompleteOnShutdown(properties.isWaitForJobsToCompleteOnShutdown());
            created.setOverwriteExistingJobs(properties.isOverwriteExistingJobs());
            Properties quartz = new Properties();
            quartz.putAll(properties.getProperties());
            created.setQuartzProperties(quartz);
            created.setDataSource(dataSource);
            created.setTransactionManager(transactionManager);
            workers.setCorePoolSize(2);
            workers.setMaxPoolSize(2);
            workers.setThreadNamePrefix("planner-");
            // A running job is never interrupted by the pool: it finishes.
            workers.setWaitForTasksToCompleteOnShutdown(true);
            workers.setAwaitTerminationSeconds(3600);
            workers.initialize();
            created.setTaskExecutor(workers);
            try {
                created.afterPropertiesSet();
            } catch (Exception e) {
                throw new IllegalStateException("The scheduler could not be created: " + e.getMessage(), e);
            }
            factory = created;
        }
        return factory.getObject();
    }

    /** Shuts the scheduler down (waiting for a running job) if this process created it. */
    @Override
    public synchronized void destroy() throws Exception {
        if (factory != null) {
            factory.destroy();
            workers.shutdown();
        }
    }
}
