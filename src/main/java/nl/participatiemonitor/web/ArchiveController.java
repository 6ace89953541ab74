package nl.participatiemonitor.web;

import java.nio.file.Files;
import java.util.Optional;
import nl.participatiemonitor.audit.AuditTrail;
import nl.participatiemonitor.report.archive.ArchiveReader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves archived files at {@code /archief/<period>/<scope>/r<n>/<file>}: exactly the bytes the manifest lists, with
 * its SHA-256 as ETag, to users whose role reaches the file's {@link Area} and whose scope covers its folder. The
 * names in the URL are only ever looked up in the manifest, never joined into a path on their own.
 */
@Controller
@ConditionalOnConsole
class ArchiveController {

    private final ArchiveReader archive;
    private final AuditTrail audit;

    ArchiveController(ArchiveReader archive, AuditTrail audit) {
        this.archive = archive;
        this.audit = audit;
    }

    static String href(ArchiveReader.Listing listing, String file) {
        return "/archief/" + listing.period() + "/" + listing.scope() + "/r" + listing.revision() + "/" + file;
    }

    @GetMapping("/archief/{period}/{scope}/r{revision}/{file}")
    ResponseEntity<Resource> file(@AuthenticationPrincipal ConsoleUser user, @PathVariable String period,
            @PathVariable String scope, @PathVariable String revision, @PathVariable String file,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        if (!ArchiveAccess.PERIOD.matcher(period).matches() || !ArchiveAccess.FILE.matcher(file).matches()
                || !revision.matches("[1-9][0-9]{0,8}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!ArchiveAccess.allows(user, scope, file)) {
            throw new AccessDeniedException(user.name() + " may not open " + scope + "/" + file);
        }
        Optional<ArchiveReader.ArchivedFile> found = archive.file(period, scope, Integer.parseInt(revision), file);
        if (found.isEmpty() || !Files.isRegularFile(found.get().path())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ArchiveReader.ArchivedFile archived = found.get();
        Area area = ArchiveAccess.area(scope, file).orElseThrow();
        String etag = "\"" + archived.sha256() + "\"";
        CacheControl cache = area.confidential() ? CacheControl.noStore() : CacheControl.noCache().cachePrivate();
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        if (area.confidential()) {
            audit.record(user.name(), "console bekijken", "bestand=" + period + "/" + scope + "/r" + revision + "/"
                    + file, "getoond");
        }
        boolean inline = file.endsWith(".pdf") || file.endsWith(".html");
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).contentType(mediaType(file))
                .contentLength(archived.bytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline()
                        : ContentDisposition.attachment()).filename(file).build().toString())
                .body(new FileSystemResource(archived.path()));
    }

    private static MediaType mediaType(String file) {
        if (file.endsWith(".pdf")) {
            return MediaType.APPLICATION_PDF;
        }
        if (file.endsWith(".xlsx")) {
            return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if (file.endsWith(".csv")) {
            return MediaType.parseMediaType("text/csv;charset=UTF-8");
        }
        if (file.endsWith(".json")) {
            return MediaType.APPLICATION_JSON;
        }
        if (file.endsWith(".html")) {
            return MediaType.parseMediaType("text/html;charset=UTF-8");
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}
