package nl.participatiemonitor.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SMTP server of the e-mail tests: GreenMail on a port that was free when the test JVM started (never 25 or
 * 3025, so builds running side by side do not clash), and the settings that point the application at it.
 */
public final class TestSmtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final int PORT = freePort();
    public static final String PUBLIC_URL = "https://monitor.example.nl";

    /** A GreenMail SMTP server on {@link #PORT}, not yet started. */
    public static GreenMail server() {
        return new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + PORT,
                "spring.mail.properties.mail.smtp.connectiontimeout=2000",
                "pm.mail.from=Participatiemonitor <monitor@participatiemonitor.test>",
                // No waiting between attempts in the tests: "later" is the next call of the sender.
                "pm.mail.first-retry=0s", "pm.mail.max-retry=0s", "pm.web.public-url=" + PUBLIC_URL).applyTo(context);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
