package io.jifen.scheme.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeStatus;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Export of every scheme the caller manages, with all versions and their documents as stored. */
@RestController
@RequestMapping("/api/v1/schemes")
class SchemeExportController {

    private final SchemeService schemes;

    SchemeExportController(SchemeService schemes) {
        this.schemes = schemes;
    }

    @GetMapping
    List<ExportedScheme> export(java.security.Principal principal) {
        JifenUser user = CurrentUser.of(principal);
        return schemes.list(user).stream().map(s -> exported(user, s)).toList();
    }

    private ExportedScheme exported(JifenUser user, Scheme scheme) {
        List<ExportedVersion> versions = schemes.versions(user, scheme.getId()).stream()
                .map(SchemeExportController::exported).toList();
        return new ExportedScheme(scheme.getId(), scheme.getCode(), scheme.getName(),
                scheme.getOrganization().getCode(), scheme.getParent() == null ? null : scheme.getParent().getId(),
                versions);
    }

    private static ExportedVersion exported(SchemeVersionRecord version) {
        return new ExportedVersion(version.getNumber(), version.getStatus(), version.getEffectiveFrom(),
                version.getDocument());
    }

    record ExportedScheme(long id, String code, String name, String organizationCode, Long parentSchemeId,
                          List<ExportedVersion> versions) {
    }

    record ExportedVersion(int number, SchemeStatus status, LocalDate effectiveFrom,
                           @JsonRawValue String document) {
    }
}
