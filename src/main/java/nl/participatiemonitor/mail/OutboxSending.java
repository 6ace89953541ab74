package nl.participatiemonitor.mail;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The outbox sender of {@code serve}: a daemon thread that sends what is due every {@code pm.mail.send-interval}.
 * Other commands never start it; they send what they wrote themselves and leave the rest for {@code serve}.
 */
@Component
public class OutboxSending implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxSending.class);

    private final OutboxSender sender;
    private final MailSettings settings;
    private ScheduledExecutorService executor;

    OutboxSending(OutboxSender sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /** Starts sending continuously; a second call does nothing. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail-outbox");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.sendInterval().toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                sender.sendDue();
            } catch (RuntimeException e) {
                log.warn("Mail: sending the outbox failed, trying again in {} ms: {}", interval, e.getMessage());
            }
        }, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void destroy() throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(30, TimeUnit.SECONDS);
        }
    }
}
