package nl.participatiemonitor.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security's form login takes the POST to the same address. */
@Controller
@ConditionalOnConsole
class SignInController {

    @GetMapping("/login")
    String signIn() {
        return "login";
    }
}
