package nl.participatiemonitor.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what over HTTP. Health and metrics stay open on their loopback port, as before the console;
 * the console's pages are reachable only signed in, each by the roles {@link Area} names for it. Whether a
 * municipality in a request lies within the user's scope is checked by the controller that reads it.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** The Content-Security-Policy: only the console's own style sheet and images; no script, no inline style. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** Health and metrics, on the management port bound to 127.0.0.1 (serve --management-port). */
    @Bean
    @Order(1)
    SecurityFilterChain managementEndpoints(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    @ConditionalOnConsole
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> {
            requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
            requests.requestMatchers("/login", "/css/**", "/favicon.ico").permitAll();
            for (ConsolePage page : ConsolePage.values()) {
                requests.requestMatchers(page.pattern()).hasAnyAuthority(page.authorities());
            }
            requests.anyRequest().denyAll();
        });
        http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?fout"));
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?afgemeld")
                .deleteCookies("PMSESSION"));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .contentTypeOptions(nosniff -> { }));
        return http.build();
    }
}
