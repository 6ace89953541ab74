package nl.participatiemonitor.web;

import nl.participatiemonitor.audit.AuditTrail;
import nl.participatiemonitor.inbox.DeliveryDecisions;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The controller's deliveries: status and counts of every delivery about their municipalities, and the decision on a
 * held one (accept or reject, always with a reason), written to the audit trail with the signed-in controller.
 */
@Controller
@ConditionalOnConsole
class DeliveriesController {

    private final DeliveryScope scope;
    private final DeliveryDecisions decisions;
    private final AuditTrail audit;

    DeliveriesController(DeliveryScope scope, DeliveryDecisions decisions, AuditTrail audit) {
        this.scope = scope;
        this.decisions = decisions;
        this.audit = audit;
    }

    @GetMapping("/leveringen")
    String list(@AuthenticationPrincipal ConsoleUser user, Model model) {
        model.addAttribute("deliveries", scope.visibleTo(user));
        return "deliveries";
    }

    @PostMapping("/leveringen/{id}/{decision}")
    String decide(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, @PathVariable String decision,
            @RequestParam(name = "reden", defaultValue = "") String reason, RedirectAttributes redirect) {
        if (!id.matches("[0-9a-f]{64}") || !(decision.equals("accepteren") || decision.equals("weigeren"))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        DeliveryScope.Shown shown = scope.find(user, id)
                .orElseThrow(() -> new AccessDeniedException(user.name() + " may not decide on delivery " + id));
        String shortId = shown.delivery().shortId();
        if (reason.isBlank()) {
            redirect.addFlashAttribute("error", "Geef een reden voor uw besluit over levering " + shortId + ".");
            return "redirect:/leveringen";
        }
        try {
            String result = decision.equals("accepteren")
                    ? "Levering " + shortId + " is geaccepteerd." + decisions.accept(id, reason.strip(), user.name())
                    : "Levering " + shortId + " is geweigerd. " + decisions.reject(id, reason.strip(), user.name());
            audit.record(user.name(), "console levering " + decision, "levering=" + id + " reden=" + reason.strip(),
                    result);
            redirect.addFlashAttribute("message", result);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            audit.record(user.name(), "console levering " + decision, "levering=" + id + " reden=" + reason.strip(),
                    "geweigerd: " + refused.getMessage());
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/leveringen";
    }
}
