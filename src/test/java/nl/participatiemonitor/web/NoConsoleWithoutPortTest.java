package nl.participatiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.participatiemonitor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every command but {@code serve --web-port} runs without the console: no pages, no sign-in, no server. */
@IntegrationTest
class NoConsoleWithoutPortTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theCommandsGetAccountsButNoConsole() {
        assertThat(context.getBeansOfType(Accounts.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(HomeController.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ArchiveController.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SignInEvents.class)).isEmpty();
        assertThat(context.getBeanNamesForType(org.springframework.security.web.SecurityFilterChain.class)).isEmpty();
        assertThat(context).isNotInstanceOf(org.springframework.boot.web.context.WebServerApplicationContext.class);
    }
}
