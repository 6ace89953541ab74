package nl.participatiemonitor.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import nl.participatiemonitor.ParticipatiemonitorApplication;
import nl.participatiemonitor.support.TestClock;
import nl.participatiemonitor.support.TestClockConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A separate JVM for the crash test: the real application sends its outbox, but its SMTP client stops dead right
 * after the server accepted the first message, before the sender can mark it sent; the test then kills it with
 * SIGKILL. It stands on the test's clock. Its first argument is the file it writes the sent Message-ID to; the rest are application arguments.
 * Deliberately not a Spring component: other tests must never pick it up.
 */
public final class SendThenStall {

    private SendThenStall() {
    }

    public static void main(String[] args) {
        Path marker = Path.of(args[0]);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ParticipatiemonitorApplication.class,
                TestClockConfiguration.class, Beans.class).web(WebApplicationType.NONE)
                .properties("pm.test.marker=" + marker)
                .run(Arrays.copyOfRange(args, 1, args.length));
        // The test's clock, where the test that wrote the outbox left it.
        context.getBean(TestClock.class).set(Instant.parse(context.getEnvironment().getProperty("pm.test.now")));
        context.getBean(OutboxSender.class).sendDue();
        System.exit(0);
    }

    /** The stalling SMTP client in place of Spring Boot's. */
    static class Beans {

        @Bean
        JavaMailSender javaMailSender(Environment environment) {
            StallingMailSender sender = new StallingMailSender(Path.of(environment.getProperty("pm.test.marker")));
            sender.setHost(environment.getProperty("spring.mail.host"));
            sender.setPort(Integer.parseInt(environment.getProperty("spring.mail.port")));
            return sender;
        }
    }

    /** Sends as Spring does, then tells the test which message went out and waits to be killed. */
    static final class StallingMailSender extends JavaMailSenderImpl {

        private final Path marker;

        StallingMailSender(Path marker) {
            this.marker = marker;
        }

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originalMessages) {
            super.doSend(messages, originalMessages);
            try {
                Files.writeString(marker, messages[0].getMessageID());
                Thread.sleep(Long.MAX_VALUE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (MessagingException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
