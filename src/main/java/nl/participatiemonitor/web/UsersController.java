package nl.participatiemonitor.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The beheerder's page: every account, a form for a new one, and switching one off. */
@Controller
@ConditionalOnConsole
class UsersController {

    private final Accounts accounts;

    UsersController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** What the form sends: municipalities as CBS codes separated by spaces or commas; an unticked box sends nothing. */
    record NewUserForm(String naam, String rol, String gemeenten, String gr, Boolean alle, String wachtwoord) {

        static NewUserForm empty() {
            return new NewUserForm("", "raad", "", "", false, "");
        }

        Accounts.NewAccount account() {
            List<String> municipalities = gemeenten == null ? List.of()
                    : Arrays.stream(gemeenten.split("[\\s,;]+")).filter(m -> !m.isBlank()).toList();
            return new Accounts.NewAccount(naam == null ? "" : naam.trim(), Role.parse(rol), municipalities,
                    Optional.ofNullable(gr).map(String::trim).filter(g -> !g.isEmpty()), Boolean.TRUE.equals(alle));
        }
    }

    @GetMapping("/gebruikers")
    String list(@AuthenticationPrincipal ConsoleUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NewUserForm.empty());
        }
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("roles", Role.values());
        return "users";
    }

    @PostMapping("/gebruikers")
    String add(@AuthenticationPrincipal ConsoleUser user, @ModelAttribute NewUserForm form, Model model,
            RedirectAttributes redirect) {
        try {
            Account created = accounts.add(form.account(), form.wachtwoord(), user.name());
            redirect.addFlashAttribute("message", "Gebruiker " + created.name() + " is gemaakt: "
                    + created.role().label() + " voor " + created.scopeText() + ".");
            return "redirect:/gebruikers";
        } catch (IllegalArgumentException refused) {
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("form", new NewUserForm(form.naam(), form.rol(), form.gemeenten(), form.gr(),
                    form.alle(), ""));
            return list(user, model);
        }
    }

    @PostMapping("/gebruikers/{name}/uitschakelen")
    String disable(@AuthenticationPrincipal ConsoleUser user, @PathVariable String name, RedirectAttributes redirect) {
        if (name.equals(user.name())) {
            redirect.addFlashAttribute("error", "U kunt uzelf niet uitschakelen.");
            return "redirect:/gebruikers";
        }
        try {
            accounts.disable(name, user.name());
            redirect.addFlashAttribute("message", "Gebruiker " + name + " kan niet meer aanmelden.");
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/gebruikers";
    }
}
