package io.jifen.ledger.evidence;

import io.jifen.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves an evidence file to a signed-in user of the console (the session, as for the views) who may see its entry.
 * Anything else — another branch's or tenant's file, a missing or malformed id — is the same bare 404, so ids reveal
 * nothing. Files are shown inline (a photo in the review panel) and never sniffed into another type.
 */
@RestController
class EvidenceController {

    static final String PATH = "/evidence/";

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<byte[]> file(@PathVariable("id") String id, Principal principal) {
        if (!id.matches("[0-9]{1,18}")) {
            return ResponseEntity.notFound().build();
        }
        return evidence.open(CurrentUser.of(principal), Long.parseLong(id))
                .map(o -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(o.evidence().getContentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename(o.evidence().getFileName(), StandardCharsets.UTF_8).build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .body(o.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
