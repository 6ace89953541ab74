package nl.participatiemonitor.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.participatiemonitor.report.archive.ArchiveReader;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: who is signed in, and every published report their role and scope let them open. */
@Controller
@ConditionalOnConsole
class HomeController {

    private final ArchiveReader archive;

    HomeController(ArchiveReader archive) {
        this.archive = archive;
    }

    /** A report a user may open: where it was published and the files of it they may see. */
    record Shown(String period, String scope, String title, int revision, List<Link> files) {
    }

    /** A link to an archived file. */
    record Link(String name, String href, String size) {
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal ConsoleUser user, Model model) {
        Map<String, List<Shown>> perPeriod = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (ArchiveReader.Listing listing : archive.listings()) {
            List<Link> files = listing.files().stream()
                    .filter(file -> ArchiveAccess.allows(user, listing.scope(), file.name()))
                    .map(file -> new Link(file.name(), ArchiveController.href(listing, file.name()), size(file.bytes())))
                    .toList();
            if (!files.isEmpty()) {
                perPeriod.computeIfAbsent(listing.period(), p -> new java.util.ArrayList<>())
                        .add(new Shown(listing.period(), listing.scope(), title(listing.scope()), listing.revision(), files));
            }
        }
        model.addAttribute("periods", perPeriod);
        model.addAttribute("dossiers", Area.DOSSIER.allows(user.role()));
        model.addAttribute("auditTrail", Area.AUDIT_TRAIL.allows(user.role()));
        model.addAttribute("users", Area.USERS.allows(user.role()));
        model.addAttribute("deliveries", Area.DELIVERIES.allows(user.role()));
        return "home";
    }

    /** What a scope folder holds, in words. */
    static String title(String scope) {
        ArchiveAccess.Folder folder = ArchiveAccess.folder(scope).orElseThrow();
        String subject = folder.subject().equals("ALLE") ? "alle gemeenten" : folder.subject().replace("+", ", ");
        if (folder.kind() == null) {
            return "Raadsrapportage " + subject;
        }
        return switch (folder.kind()) {
            case "toezicht" -> "Toezichtrapportage " + subject;
            case "dossier" -> "VERTROUWELIJK dossier " + subject;
            case "jaaroverzicht" -> "Jaaroverzicht klachten " + subject;
            default -> "Cijfers en open data " + subject;
        };
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? (bytes / 1024) + " kB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }
}
