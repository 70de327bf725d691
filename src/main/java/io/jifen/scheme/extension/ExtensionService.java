package io.jifen.scheme.extension;

import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeCheck;
import io.jifen.scheme.SchemeRejectedException;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scheme.validation.ValidationReport;
import io.jifen.security.JifenUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A branch's extension as its editors use it (issue 8 point 7): its state against the parent, and saving,
 * validating and publishing its latest version. Every call goes through {@link SchemeService}, which resolves the
 * scheme inside the user's scope and applies {@link ExtensionEditors}; a scheme that extends nothing is no extension
 * and is answered like a missing one.
 */
@Service
@Transactional
public class ExtensionService {

    private final SchemeService schemes;
    private final ParentUpdates parentUpdates;

    ExtensionService(SchemeService schemes, ParentUpdates parentUpdates) {
        this.schemes = schemes;
        this.parentUpdates = parentUpdates;
    }

    /**
     * The latest version of an extension against its parent.
     *
     * @param editable    the user may save, validate and publish it
     * @param parentAhead the parent published a newer version since the extension was last checked against it
     */
    public record State(SchemeVersionRecord latest, ExtensionView view, List<ExtensionChanges.Change> changes,
                        boolean editable, boolean parentAhead) {
    }

    @Transactional(readOnly = true)
    public State state(JifenUser user, long schemeId) {
        SchemeVersionRecord latest = latest(user, schemeId);
        Scheme scheme = latest.getScheme();
        var parent = schemes.effectiveParentOf(user, schemeId);
        var draft = SchemeCheck.check(latest.getDocument(), parent, "$").scheme();
        if (draft == null) {
            throw new io.jifen.shared.UserFacingException("extension.error.unreadable");
        }
        return new State(latest, ExtensionView.of(draft, parent), ExtensionChanges.of(draft, parent),
                ExtensionEditors.mayEdit(user, scheme), parentUpdates.behind(List.of(scheme)).contains(schemeId));
    }

    /**
     * Saves the document as the extension's draft, errors and all (a draft is work in progress), unless it cannot
     * be read as a scheme document at all; the answer's report says what a validation would find.
     */
    public ValidationReport saveDraft(JifenUser user, long schemeId, String document) {
        if (!ExtensionEditors.mayEdit(user, latest(user, schemeId).getScheme())) {
            throw new AccessDeniedException("no scheme");
        }
        SchemeCheck.Checked checked = SchemeCheck.check(document, schemes.effectiveParentOf(user, schemeId), "$");
        if (checked.scheme() == null) {
            throw new SchemeRejectedException(checked.report());
        }
        // the report of what was stored: the service gives the document its stored identity and parent in force
        return schemes.check(user, schemes.saveDraft(user, schemeId, document).getId());
    }

    public ValidationReport validate(JifenUser user, long schemeId) {
        return schemes.validate(user, latest(user, schemeId).getId());
    }

    public SchemeVersionRecord publish(JifenUser user, long schemeId, LocalDate effectiveFrom) {
        return schemes.publish(user, latest(user, schemeId).getId(), effectiveFrom);
    }

    private SchemeVersionRecord latest(JifenUser user, long schemeId) {
        SchemeVersionRecord latest = schemes.versions(user, schemeId).getFirst();
        if (latest.getScheme().getParent() == null) {
            throw new AccessDeniedException("no scheme");
        }
        return latest;
    }
}
