package nl.participatiemonitor.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the accounts need in every command, not only when the console runs: {@code users add} hashes a
 * password the way signing in checks it.
 */
@Configuration
@EnableConfigurationProperties(WebProperties.class)
class AccountsConfiguration {

    /** Spring Security's delegating encoder: bcrypt today, and a stored hash names its own algorithm. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
