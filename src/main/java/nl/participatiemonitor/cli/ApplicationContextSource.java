package nl.participatiemonitor.cli;

import java.time.Clock;
import nl.participatiemonitor.ParticipatiemonitorApplication;
import nl.participatiemonitor.system.DatabaseMigrations;
import nl.participatiemonitor.system.DutchTime;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives a command the running application. From the command line it starts the application and stops
 * it when the command is done; a test hands in its own context, which stays open.
 */
public interface ApplicationContextSource {

    Session open();

    /**
     * This source with extra Spring arguments for the application it starts (such as {@code --pm.db.repair=true});
     * an application that is already running is handed out as it is.
     */
    default ApplicationContextSource with(String... springArgs) {
        return this;
    }

    /**
     * The application's clock, for a command that needs today without starting the application: the system's
     * Dutch clock from the command line, the running application's clock bean otherwise.
     */
    default Clock clock() {
        return DutchTime.systemClock();
    }

    /** The application for the duration of one command. */
    interface Session extends AutoCloseable {

        <T> T bean(Class<T> type);

        @Override
        void close();
    }

    /**
     * From the command line: starts the application for the command and stops it afterwards.
     * {@code args} are Spring arguments such as {@code --pm.norms-file=...}.
     */
    static ApplicationContextSource starting(String... args) {
        return new ApplicationContextSource() {
            public Session open() {
                ConfigurableApplicationContext context = startOrExplain(args);
                return new Session() {
                    public <T> T bean(Class<T> type) {
                        return context.getBean(type);
                    }

                    public void close() {
                        context.close();
                    }
                };
            }

            public ApplicationContextSource with(String... springArgs) {
                String[] all = java.util.Arrays.copyOf(args, args.length + springArgs.length);
                System.arraycopy(springArgs, 0, all, args.length, springArgs.length);
                return starting(all);
            }
        };
    }

    /**
     * Starts the application. A setting a controller got wrong (an unknown key in config/normen.yml, a
     * municipality that does not exist) becomes that one message rather than Spring's wrapped trace.
     */
    private static ConfigurableApplicationContext startOrExplain(String... args) {
        try {
            return ParticipatiemonitorApplication.start(args);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof DatabaseMigrations.NotMigratedException notMigrated) {
                    throw notMigrated;
                }
                if (cause instanceof IllegalArgumentException setting) {
                    throw new IllegalArgumentException("De toepassing kan niet starten: " + setting.getMessage(), e);
                }
            }
            throw e;
        }
    }

    /** An application that is already running (a test's, or an embedding program's) and stays running. */
    static ApplicationContextSource of(ApplicationContext context) {
        return new ApplicationContextSource() {
            public Session open() {
                return new Session() {
                    public <T> T bean(Class<T> type) {
                        return context.getBean(type);
                    }

                    public void close() {
                        // the context belongs to whoever handed it in
                    }
                };
            }

            public Clock clock() {
                return context.getBean(Clock.class);
            }
        };
    }
}
