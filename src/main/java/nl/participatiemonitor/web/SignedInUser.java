package nl.participatiemonitor.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page, error pages included, the signed-in user for its header (none on the sign-in page). */
@ControllerAdvice
@ConditionalOnConsole
class SignedInUser {

    @ModelAttribute("user")
    ConsoleUser user(@AuthenticationPrincipal ConsoleUser user) {
        return user;
    }
}
