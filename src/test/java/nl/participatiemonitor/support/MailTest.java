package nl.participatiemonitor.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * An {@link IntegrationTest} whose application sends e-mail to the GreenMail server of {@link TestSmtp}; all such
 * tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ContextConfiguration(initializers = TestSmtp.class)
public @interface MailTest {
}
