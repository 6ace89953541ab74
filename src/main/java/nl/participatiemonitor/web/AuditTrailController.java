package nl.participatiemonitor.web;

import java.util.List;
import java.util.Optional;
import nl.participatiemonitor.audit.AuditEntry;
import nl.participatiemonitor.audit.AuditTrail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit trail for the reviewer: the latest rows, newest first, and whether the chain is intact. */
@Controller
@ConditionalOnConsole
class AuditTrailController {

    private static final int SHOWN = 200;

    private final AuditTrail audit;

    AuditTrailController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/auditspoor")
    String trail(@AuthenticationPrincipal ConsoleUser user, Model model) {
        audit.record(user.name(), "console bekijken", "auditspoor", "getoond");
        List<AuditEntry> entries = audit.list(Optional.empty());
        List<AuditEntry> latest = new java.util.ArrayList<>(entries.subList(Math.max(0, entries.size() - SHOWN),
                entries.size()));
        java.util.Collections.reverse(latest);
        model.addAttribute("entries", latest);
        model.addAttribute("total", entries.size());
        model.addAttribute("verification", audit.verify());
        return "audit";
    }
}
