package io.jifen.scheme;

import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.shared.UserFacingException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.Optional;

/**
 * Which published version of a scheme is in force on a day: the one with the latest effective date on or before it
 * (the higher number when two share a date). An extension is always read against the parent in force on the day in
 * question — today for a draft, its effective date once published — so republishing a parent with a later date
 * never breaks a branch's extension before that date, and the extension follows it from then on.
 */
final class VersionsInForce {

    private final SchemeVersionRepository versions;

    VersionsInForce(SchemeVersionRepository versions) {
        this.versions = versions;
    }

    Optional<SchemeVersionRecord> of(Scheme scheme, LocalDate day) {
        return versions.findBySchemeOrderByNumberDesc(scheme).stream()
                .filter(v -> v.getStatus() == SchemeStatus.PUBLISHED && !v.getEffectiveFrom().isAfter(day))
                .max(Comparator.comparing(SchemeVersionRecord::getEffectiveFrom)
                        .thenComparing(SchemeVersionRecord::getNumber));
    }

    /** The version in force, or a refusal that says whether the scheme was never published or not yet in force. */
    private SchemeVersionRecord required(Scheme scheme, LocalDate day) {
        return of(scheme, day).orElseThrow(() -> versions.findBySchemeOrderByNumberDesc(scheme).stream()
                .anyMatch(v -> v.getStatus() == SchemeStatus.PUBLISHED)
                ? new UserFacingException("scheme.error.parentNotInForce", day.toString())
                : new UserFacingException("scheme.error.parentNotPublished"));
    }

    /**
     * What a scheme extends on {@code day}: the versions of its ancestors in force then, merged from the root down
     * (its id is the direct parent's). {@code null} for a scheme that extends nothing.
     */
    SchemeVersion parentOf(Scheme scheme, LocalDate day) {
        LinkedList<Scheme> ancestors = new LinkedList<>();
        for (Scheme above = scheme.getParent(); above != null; above = above.getParent()) {
            ancestors.addFirst(above);
        }
        SchemeVersion effective = null;
        for (Scheme above : ancestors) {
            SchemeVersionRecord record = required(above, day);
            SchemeVersion own = stored(record, effective == null ? null : effective.id());
            effective = effective == null ? own : SchemeResolver.resolve(effective, own).effective();
        }
        return effective;
    }

    /** A scheme's own version in force on {@code day} merged onto its ancestors': what an extension of it extends. */
    SchemeVersion including(Scheme scheme, LocalDate day) {
        SchemeVersionRecord record = required(scheme, day);
        SchemeVersion above = parentOf(scheme, day);
        SchemeVersion own = stored(record, above == null ? null : above.id());
        return above == null ? own : SchemeResolver.resolve(above, own).effective();
    }

    /** The id of the parent version a version of {@code scheme} extends on {@code day}, or null (none, not yet). */
    String parentIdOn(Scheme scheme, LocalDate day) {
        return scheme.getParent() == null ? null
                : of(scheme.getParent(), day).map(r -> VersionIdentity.id(r.getScheme(), r.getNumber())).orElse(null);
    }

    /** A stored version as a scheme, with the stored identity; its document must be readable. */
    static SchemeVersion stored(SchemeVersionRecord record, String parentVersionId) {
        SchemeVersion v = SchemeDocuments.read(record.getDocument());
        LocalDate effective = record.getStatus() == SchemeStatus.PUBLISHED ? record.getEffectiveFrom()
                : v.effectiveFrom();
        return VersionIdentity.stamp(v, record.getScheme(), record.getNumber(), parentVersionId, effective);
    }

    /** The day a version is read on: its effective date once published, else today. */
    static LocalDate dayOf(SchemeVersionRecord record, LocalDate today) {
        return record.getStatus() == SchemeStatus.PUBLISHED ? record.getEffectiveFrom() : today;
    }
}
