package nl.participatiemonitor.schedule;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Keeps the scheduler out of ordinary commands. The Quartz scheduler is only created when a command
 * needs the job store ({@code serve}, {@code jobs}), and the threads that run fired jobs only start when
 * {@code serve} fires one (Quartz's own pool would start them with the scheduler). Two at most: a
 * publication and an inbox collection can overlap.
 */
@Configuration
class SchedulerWorkers implements DisposableBean {

    /**
     * Makes Spring Boot's scheduler bean lazy. Besides sparing every other command a scheduler, this keeps
     * a process from registering its DataSource with Quartz under the scheduler's name when it has no use
     * for it: Quartz keeps one such registration per name per JVM.
     */
    @Bean
    static BeanFactoryPostProcessor lazyScheduler() {
        return factory -> {
            if (factory.containsBeanDefinition("quartzScheduler")) {
                factory.getBeanDefinition("quartzScheduler").setLazyInit(true);
            }
        };
    }

    private final ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();

    SchedulerWorkers() {
        workers.setCorePoolSize(2);
        workers.setMaxPoolSize(2);
        workers.setThreadNamePrefix("planner-");
        // Whichever is destroyed first, a running job is never interrupted by the pool: it finishes.
        workers.setWaitForTasksToCompleteOnShutdown(true);
        workers.setAwaitTerminationSeconds(3600);
        workers.initialize();
    }

    @Bean
    SchedulerFactoryBeanCustomizer schedulerWorkerThreads() {
        return factory -> factory.setTaskExecutor(workers);
    }

    @Override
    public void destroy() {
        workers.shutdown();
    }
}
