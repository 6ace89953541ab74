package nl.participatiemonitor.web;

import nl.participatiemonitor.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes every sign-in, failed sign-in and sign-out to the audit trail, and keeps the count of failed sign-ins
 * that locks an account. A name that is no account is not written down: people type passwords into it.
 */
@Component
@ConditionalOnConsole
class SignInEvents {

    private final Accounts accounts;
    private final AuditTrail audit;
    private final WebProperties settings;

    SignInEvents(Accounts accounts, AuditTrail audit, WebProperties settings) {
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ConsoleUser user) {
            accounts.signedIn(user.name());
            audit.record(user.name(), "console aanmelden", "rol=" + user.role().id() + " scope=" + user.scopeText(),
                    "aangemeld");
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        boolean known = name != null && accounts.find(name).isPresent();
        String result = "geweigerd: " + reason(event);
        if (known && event.getException() instanceof BadCredentialsException
                && accounts.failedSignIn(name, settings.maxFailedSignIns(), settings.lockOut())) {
            result += "; account geblokkeerd voor " + settings.lockOut().toMinutes() + " minuten";
        }
        audit.record(known ? name : "(onbekende naam)", "console aanmelden mislukt", "", result);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof ConsoleUser user) {
            audit.record(user.name(), "console afmelden", "", "afgemeld");
        }
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        return switch (event.getException().getClass().getSimpleName()) {
            case "LockedException" -> "account geblokkeerd";
            case "DisabledException" -> "account uitgeschakeld";
            default -> "naam of wachtwoord onjuist";
        };
    }
}
