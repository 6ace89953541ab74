package nl.participatiemonitor.schedule;

import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;

/**
 * A scheduler node as {@code serve} runs one: the application's Quartz settings (JDBC job store on the
 * test database, clustered), its own instance id, and a short check-in interval so a test sees fail-over
 * in seconds. Records every firing it completes.
 */
final class ClusterNode implements AutoCloseable {

    /** One firing: which node ran it and for which scheduled time. */
    record Firing(String node, long scheduledFireTime) {
    }

    private final SchedulerFactoryBean factory;
    private final String id;

    ClusterNode(ApplicationContext context, String id, Queue<Firing> firings) throws Exception {
        this.id = id;
        Properties properties = new Properties();
        properties.putAll(context.getBean(QuartzProperties.class).getProperties());
        properties.put("org.quartz.scheduler.instanceId", id);
        properties.put("org.quartz.jobStore.clusterCheckinInterval", "500");
        // Sees a pause or resume made through another scheduler (as 'jobs' does) within a second.
        properties.put("org.quartz.scheduler.idleWaitTime", "1000");
        SpringBeanJobFactory jobs = new SpringBeanJobFactory();
        jobs.setApplicationContext(context);
        factory = new SchedulerFactoryBean();
        factory.setSchedulerName(context.getEnvironment().getProperty("spring.quartz.scheduler-name"));
        factory.setDataSource(context.getBean(DataSource.class));
        factory.setQuartzProperties(properties);
        factory.setJobFactory(jobs);
        factory.setAutoStartup(false);
        factory.setWaitForJobsToCompleteOnShutdown(true);
        factory.afterPropertiesSet();
        scheduler().getListenerManager().addJobListener(new JobListenerSupport() {
            public String getName() {
                return "firings-" + id;
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, JobExecutionException problem) {
                firings.add(new Firing(id, context.getScheduledFireTime().getTime()));
            }
        });
    }

    static Queue<Firing> firings() {
        return new ConcurrentLinkedQueue<>();
    }

    Scheduler scheduler() {
        return factory.getObject();
    }

    String id() {
        return id;
    }

    ClusterNode start() throws Exception {
        scheduler().start();
        return this;
    }

    @Override
    public void close() throws Exception {
        factory.destroy();
    }
}
