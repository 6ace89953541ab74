package nl.participatiemonitor.web;

import nl.participatiemonitor.audit.AuditTrail;
import nl.participatiemonitor.report.archive.ArchiveReader;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The reviewer's drill-down: the figures of a municipality's dossier, and from a figure the records behind it,
 * paged and narrowed by dimension and role, each with its delivery, file and line. Every view is in the audit trail.
 */
@Controller
@ConditionalOnConsole
class DossierController {

    private final ArchiveReader archive;
    private final AuditTrail audit;
    private final WebProperties settings;

    DossierController(ArchiveReader archive, AuditTrail audit, WebProperties settings) {
        this.archive = archive;
        this.audit = audit;
        this.settings = settings;
    }

    @GetMapping("/dossier/{period}/{municipality}")
    String figures(@AuthenticationPrincipal ConsoleUser user, @PathVariable String period,
            @PathVariable String municipality, Model model) {
        DossierRecords dossier = dossier(user, period, municipality);
        audit.record(user.name(), "console bekijken", "dossier=" + period + "/" + municipality + " r"
                + dossier.listing().revision(), "cijfers getoond");
        model.addAttribute("period", period);
        model.addAttribute("municipality", municipality);
        model.addAttribute("revision", dossier.listing().revision());
        model.addAttribute("csvHref", ArchiveController.href(dossier.listing(), dossier.csvName()));
        model.addAttribute("figures", dossier.figures());
        return "dossier";
    }

    @GetMapping("/dossier/{period}/{municipality}/{indicator}")
    String records(@AuthenticationPrincipal ConsoleUser user, @PathVariable String period,
            @PathVariable String municipality, @PathVariable String indicator,
            @RequestParam(name = "dimensie", defaultValue = "") String dimension,
            @RequestParam(name = "rol", defaultValue = "") String role,
            @RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
        if (!indicator.matches("[A-Z][0-9]")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        DossierRecords dossier = dossier(user, period, municipality);
        DossierRecords.Filter filter = new DossierRecords.Filter(indicator, dimension, role);
        DossierRecords.Page rows = dossier.rows(filter, page, settings.pageSize());
        audit.record(user.name(), "console bekijken", "records=" + period + "/" + municipality + " r"
                + dossier.listing().revision() + " indicator=" + indicator + " dimensie=" + dimension + " rol=" + role
                + " pagina=" + rows.page(), rows.rows().size() + " van " + rows.matching() + " records getoond");
        model.addAttribute("period", period);
        model.addAttribute("municipality", municipality);
        model.addAttribute("indicator", indicator);
        model.addAttribute("label", DossierRecords.label(indicator));
        model.addAttribute("dimension", dimension);
        model.addAttribute("role", role);
        model.addAttribute("rows", rows);
        model.addAttribute("dimensions", dossier.figures().stream().filter(f -> f.indicator().equals(indicator))
                .map(DossierRecords.Figure::dimension).filter(d -> !d.isEmpty()).toList());
        return "records";
    }

    private DossierRecords dossier(ConsoleUser user, String period, String municipality) {
        if (!ArchiveAccess.PERIOD.matcher(period).matches() || !ArchiveAccess.MUNICIPALITY.matcher(municipality).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!Area.DOSSIER.allows(user.role()) || !user.covers(municipality)) {
            throw new AccessDeniedException(user.name() + " may not open the dossier of " + municipality);
        }
        return DossierRecords.latest(archive, period, municipality)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
