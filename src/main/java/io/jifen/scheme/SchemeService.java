package io.jifen.scheme;

import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.security.JifenUser;
import io.jifen.shared.ConflictException;
import io.jifen.shared.UserFacingException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import io.jifen.scheme.diff.SchemeDiff;
import io.jifen.scheme.document.SchemeDocumentException;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.extension.ExtensionEditors;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scheme.validation.ValidationReport;
import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Phrase;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schemes and their versions, for the admins of the organization that owns them (and of the organizations above).
 * Drafts change freely; a validated draft can be published with an effective date; a published version is frozen
 * and further edits start the next version.
 */
@Service
@Transactional
public class SchemeService {

    private final SchemeRepository schemes;
    private final SchemeVersionRepository versions;
    private final OrgScope scope;
    private final EntityManager entityManager;
    private final Clock clock;
    private final List<PublishCheck> publishChecks;
    private final VersionsInForce inForce;

    SchemeService(SchemeRepository schemes, SchemeVersionRepository versions, OrgScope scope,
                  EntityManager entityManager, List<PublishCheck> publishChecks) {
        this.publishChecks = publishChecks;
        this.schemes = schemes;
        this.versions = versions;
        this.scope = scope;
        this.entityManager = entityManager;
        this.clock = Clock.systemDefaultZone();
        this.inForce = new VersionsInForce(versions);
    }

    @Transactional(readOnly = true)
    public List<Scheme> list(JifenUser user) {
        return schemes.findInSubtree(scope.root(user).getPath());
    }

    /**
     * Starts a scheme at an organization with its first draft. A scheme that extends another must extend one
     * defined at the same organization or above it — a branch extends its 党委's scheme, never a sibling's.
     */
    public Scheme create(JifenUser user, long organizationId, String code, String name, Long parentSchemeId,
                         String firstDocument) {
        Organization owner = scope.require(user, organizationId);
        Scheme parent = parentSchemeId == null ? null : extendable(user, owner, parentSchemeId);
        requireCreator(user, owner, parent);
        if (parent != null && !owner.isWithin(parent.getOrganization())) {
            throw new UserFacingException("scheme.error.parentNotAbove");
        }
        if (schemes.existsByOrganizationIdAndCode(owner.getId(), code)) {
            throw new ConflictException("scheme.error.codeTaken", code);
        }
        Scheme scheme = schemes.save(new Scheme(owner, code, name, parent));
        versions.save(new SchemeVersionRecord(scheme, 1, stamped(scheme, 1, firstDocument)));
        return scheme;
    }

    /**
     * Imports schemes as drafts, all or none: every document is checked first (against the published version of
     * the scheme it extends), and a single error anywhere stores nothing.
     *
     * @return the created schemes, in the order given
     */
    public List<Scheme> importAll(JifenUser user, List<ImportedScheme> imports) {
        scope.requireAdmin(user);
        List<ValidationIssue> issues = new java.util.ArrayList<>();
        for (int i = 0; i < imports.size(); i++) {
            ImportedScheme in = imports.get(i);
            String at = "$[" + i + "]";
            if (in.code() == null || in.code().isBlank()) {
                issues.add(ValidationIssue.error(at + ".code", "api.import.required"));
            }
            if (in.name() == null || in.name().isBlank()) {
                issues.add(ValidationIssue.error(at + ".name", "api.import.required"));
            }
            Organization owner = scope.requireCode(user, in.organizationCode());
            SchemeVersion parent = in.parentSchemeId() == null ? null
                    : inForce.including(extendable(user, owner, in.parentSchemeId()), today());
            String document = parent == null ? in.document() : VersionIdentity.withParent(in.document(), parent.id());
            issues.addAll(SchemeCheck.check(document, parent, at + ".document").report().errors());
        }
        if (!issues.isEmpty()) {
            throw new SchemeRejectedException(new ValidationReport(issues));
        }
        return imports.stream().map(in -> create(user, scope.requireCode(user, in.organizationCode()).getId(),
                in.code(), in.name(), in.parentSchemeId(), in.document())).toList();
    }

    /** One scheme to import: where it belongs, what it extends, and its document (JSON text). */
    public record ImportedScheme(String code, String name, String organizationCode, Long parentSchemeId,
                                 String document) {
    }

    /**
     * The scheme a new scheme at {@code owner} names as its parent, looked up only among the schemes the user may
     * see and those of the owner's ancestors. Anything else — another tenant's, a branch next door's, one that does
     * not exist — is the same "no scheme", before any of it is read.
     */
    private Scheme extendable(JifenUser user, Organization owner, long parentSchemeId) {
        List<Long> ancestorIds = java.util.Arrays.stream(owner.getPath().split("/"))
                .filter(id -> !id.isEmpty()).map(Long::valueOf).toList();
        return schemes.findExtendable(parentSchemeId, scope.root(user).getPath(), ancestorIds)
                .orElseThrow(() -> new AccessDeniedException("no scheme"));
    }

    @Transactional(readOnly = true)
    public List<SchemeVersionRecord> versions(JifenUser user, long schemeId) {
        return versions.findBySchemeOrderByNumberDesc(readable(user, schemeId));
    }

    @Transactional(readOnly = true)
    public SchemeVersionRecord version(JifenUser user, long versionId) {
        return versions.findWithin(versionId, scope.root(user).getPath())
                .orElseThrow(() -> new AccessDeniedException("no version"));
    }

    /**
     * Saves the document into the open draft, or opens the next version when the latest one is published. The
     * document's identity is set from the database ({@link VersionIdentity}), whatever it said.
     */
    public SchemeVersionRecord saveDraft(JifenUser user, long schemeId, String document) {
        Scheme scheme = writable(user, schemeId);
        SchemeVersionRecord latest = versions.findFirstBySchemeOrderByNumberDesc(scheme).orElseThrow();
        if (latest.getStatus() == SchemeStatus.PUBLISHED) {
            int next = latest.getNumber() + 1;
            return versions.save(new SchemeVersionRecord(scheme, next, stamped(scheme, next, document)));
        }
        latest.edit(stamped(scheme, latest.getNumber(), document));
        return versions.saveAndFlush(latest);
    }

    /**
     * Checks a draft completely (document shape, rules, inheritance against the parent's published version) and
     * marks it validated when nothing is wrong. Warnings do not stop it; the report lists them all the same.
     */
    public ValidationReport validate(JifenUser user, long versionId) {
        SchemeVersionRecord version = writableVersion(user, versionId);
        SchemeCheck.Checked checked = checked(version, today());
        if (checked.publishable()) {
            recordCheckedAgainst(version);
            version.markValidated();
            versions.saveAndFlush(version);
        }
        return checked.report();
    }

    /** What {@link #validate} would report on a version, without marking it (the API's warnings on import). */
    @Transactional(readOnly = true)
    public ValidationReport check(JifenUser user, long versionId) {
        SchemeVersionRecord version = version(user, versionId);
        return checked(version, VersionsInForce.dayOf(version, today())).report();
    }

    /** A version's document checked against the parent in force on {@code day}, with the stored identity. */
    private SchemeCheck.Checked checked(SchemeVersionRecord version, LocalDate day) {
        SchemeVersion parent = inForce.parentOf(version.getScheme(), day);
        String document = VersionIdentity.stamp(version.getDocument(), version.getScheme(), version.getNumber(),
                parent == null ? null : parent.id());
        return SchemeCheck.check(document, parent, "$");
    }

    /**
     * What a scheme extends, as it is in force today: the versions of its ancestors in force, merged from the root
     * down. {@code null} for a scheme that extends nothing.
     */
    SchemeVersion effectiveParent(Scheme scheme) {
        return inForce.parentOf(scheme, today());
    }

    /** As {@link #effectiveParent(Scheme)}, on another day (a version's effective date). */
    SchemeVersion effectiveParent(Scheme scheme, LocalDate day) {
        return inForce.parentOf(scheme, day);
    }

    /**
     * Publishes a validated version from {@code effectiveFrom}. An extension is checked once more against the parent
     * in force on that date (which may be a later parent version than today's); the stored document then carries
     * the effective date and that parent's id.
     */
    public SchemeVersionRecord publish(JifenUser user, long versionId, LocalDate effectiveFrom) {
        SchemeVersionRecord version = writableVersion(user, versionId);
        if (effectiveFrom == null) {
            throw new UserFacingException("scheme.error.effectiveDateRequired");
        }
        if (version.getStatus() != SchemeStatus.VALIDATED) {
            // before the checks below read the document: a draft that never passed validation may not even read
            throw new UserFacingException("scheme.error.notValidated");
        }
        Scheme scheme = version.getScheme();
        SchemeVersion parent = inForce.parentOf(scheme, effectiveFrom);
        String document = VersionIdentity.stamp(version.getDocument(), scheme, version.getNumber(),
                parent == null ? null : parent.id(), effectiveFrom);
        if (parent != null) {
            SchemeCheck.Checked checked = SchemeCheck.check(document, parent, "$");
            if (!checked.publishable()) {
                throw new SchemeRejectedException(checked.report());
            }
        }
        if (!publishChecks.isEmpty()) {
            SchemeVersion own = SchemeDocuments.read(document);
            SchemeVersion effective = parent == null ? own : SchemeResolver.resolve(parent, own).effective();
            publishChecks.forEach(check -> check.beforePublish(user, version, effective));
        }
        recordCheckedAgainst(version);
        version.publish(effectiveFrom, user.username(), clock.instant(), document);
        return versions.saveAndFlush(version);
    }

    /** Every change to a version: who, when and what kind, newest first (Envers). */
    @Transactional(readOnly = true)
    public List<SchemeChange> history(JifenUser user, long versionId) {
        SchemeVersionRecord version = version(user, versionId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(SchemeVersionRecord.class, false, true)
                .add(AuditEntity.id().eq(version.getId()))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        return rows.stream().map(row -> {
            SchemeVersionRecord state = (SchemeVersionRecord) row[0];
            SchemeRevision revision = (SchemeRevision) row[1];
            return new SchemeChange(revision.getId(), revision.getTimestamp(), revision.getUsername(),
                    (RevisionType) row[2], state.getStatus(), state.getDocument());
        }).toList();
    }

    /** {@link #history}, each revision told in words: its diff to the revision before it. */
    @Transactional(readOnly = true)
    public List<VersionHistory.Entry> historyInWords(JifenUser user, long versionId) {
        return VersionHistory.inWords(history(user, versionId));
    }

    /**
     * What changed from one version to another, in words ({@link SchemeDiff}). Both must be in the user's scope,
     * checked before either is read; a foreign id answers like a missing one.
     */
    @Transactional(readOnly = true)
    public List<Phrase> diff(JifenUser user, long fromVersionId, long toVersionId) {
        SchemeVersionRecord from = version(user, fromVersionId);
        SchemeVersionRecord to = version(user, toVersionId);
        return SchemeDiff.between(asScheme(from), asScheme(to));
    }

    /** {@link #diff} by the versions' numbers within one scheme (the API's {@code from} / {@code to}). */
    @Transactional(readOnly = true)
    public List<Phrase> diff(JifenUser user, long schemeId, int fromNumber, int toNumber) {
        List<SchemeVersionRecord> all = versions(user, schemeId);
        return SchemeDiff.between(asScheme(numbered(all, fromNumber)), asScheme(numbered(all, toNumber)));
    }

    /**
     * 以此创建新版本: a new draft whose document is that of the given version (any version of the scheme, usually a
     * published one), with the new number and no effective date yet. Refused while the scheme has an open draft,
     * which would otherwise be lost.
     */
    public SchemeVersionRecord newVersionFrom(JifenUser user, long versionId) {
        SchemeVersionRecord source = version(user, versionId);
        Scheme scheme = writable(user, source.getScheme().getId());
        SchemeVersionRecord latest = versions.findFirstBySchemeOrderByNumberDesc(scheme).orElseThrow();
        if (latest.getStatus() != SchemeStatus.PUBLISHED) {
            throw new ConflictException("scheme.error.draftOpen", latest.getNumber());
        }
        int next = latest.getNumber() + 1;
        String document = VersionIdentity.stamp(source.getDocument(), scheme, next,
                inForce.parentIdOn(scheme, today()), null);
        return versions.save(new SchemeVersionRecord(scheme, next, document));
    }

    /**
     * A version as the engine uses it, named by its stored identity ({@code <code>-v<number>}): merged onto the
     * parent in force on its day (its effective date once published, else today). For results and simulations.
     */
    @Transactional(readOnly = true)
    public SchemeVersion effective(JifenUser user, long versionId) {
        SchemeVersionRecord version = version(user, versionId);
        SchemeVersion parent = inForce.parentOf(version.getScheme(), VersionsInForce.dayOf(version, today()));
        SchemeVersion own = asScheme(version, parent == null ? null : parent.id());
        return parent == null ? own : SchemeResolver.resolve(parent, own).effective();
    }

    private static SchemeVersionRecord numbered(List<SchemeVersionRecord> all, int number) {
        return all.stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new AccessDeniedException("no version"));
    }

    private static SchemeVersion asScheme(SchemeVersionRecord version) {
        return asScheme(version, null);
    }

    /** A stored version as a scheme; one whose document cannot be read (a draft saved raw) is refused in words. */
    private static SchemeVersion asScheme(SchemeVersionRecord version, String parentVersionId) {
        try {
            return VersionsInForce.stored(version, parentVersionId);
        } catch (SchemeDocumentException unreadable) {
            throw new UserFacingException("scheme.error.unreadableVersion", version.getNumber());
        }
    }

    /** A document to store as version {@code number}, its identity from the database (parent in force today). */
    private String stamped(Scheme scheme, int number, String document) {
        return VersionIdentity.stamp(document, scheme, number, inForce.parentIdOn(scheme, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Scope first: the query itself is limited to the user's subtree, so a foreign id reads like a missing one. */
    private Scheme readable(JifenUser user, long schemeId) {
        return schemes.findWithin(schemeId, scope.root(user).getPath())
                .orElseThrow(() -> new AccessDeniedException("no scheme"));
    }

    private Scheme writable(JifenUser user, long schemeId) {
        Scheme scheme = readable(user, schemeId);
        requireEditor(user, scheme, "no scheme");
        return scheme;
    }

    private SchemeVersionRecord writableVersion(JifenUser user, long versionId) {
        SchemeVersionRecord version = version(user, versionId);
        requireEditor(user, version.getScheme(), "no version");
        version.requireNotPublished();
        return version;
    }

    // ---- the designer (issue 8): a save that overwrites nobody, the parent in force, a new version from this ----

    /**
     * Saves the designer's draft, but only over the state it was loaded from: when the version's optimistic lock is
     * no longer {@code loadedLock}, someone else saved (or validated) it meanwhile and nothing is overwritten.
     */
    public SchemeVersionRecord saveDesigned(JifenUser user, long versionId, long loadedLock, String document) {
        SchemeVersionRecord version = writableVersion(user, versionId);
        if (version.getVersion() != loadedLock) {
            throw new ConflictException("designer.error.stale");
        }
        version.edit(document);
        return versions.saveAndFlush(version);
    }

    /**
     * A version opened in the designer, with what the view needs of its scheme (read here, inside the transaction)
     * and the parent in force (see {@link #effectiveParent}): {@code null} for a scheme that extends nothing, and
     * also when the parent has no published version yet — the validator then says so.
     */
    @Transactional(readOnly = true)
    public DesignedVersion openForDesign(JifenUser user, long versionId) {
        SchemeVersionRecord version = version(user, versionId);
        Scheme scheme = version.getScheme();
        SchemeVersion parent;
        try {
            parent = effectiveParent(scheme);
        } catch (UserFacingException notPublished) {
            parent = null;
        }
        return new DesignedVersion(version, scheme.getId(), scheme.getName(), scheme.getOrganization().getId(),
                parent, ExtensionEditors.mayEdit(user, scheme));
    }

    /**
     * See {@link #openForDesign}.
     *
     * @param editable whether the user may write this scheme's drafts (an admin; a branch's secretary on its own
     *                 extension when the parent allows)
     */
    public record DesignedVersion(SchemeVersionRecord version, long schemeId, String schemeName, long organizationId,
                                  SchemeVersion parent, boolean editable) {
    }

    // ---- branch extensions (issue 8 point 7): who writes a scheme, the parent's permission, what was checked ----

    /**
     * Admins write any scheme in scope; a secretary only their own branch's extension, when its parent allows.
     * Refused with the words of a missing id ({@code missing}), so a refusal tells nothing a missing id does not.
     */
    private static void requireEditor(JifenUser user, Scheme scheme, String missing) {
        if (!ExtensionEditors.mayEdit(user, scheme)) {
            throw new AccessDeniedException(missing);
        }
    }

    private static void requireCreator(JifenUser user, Organization owner, Scheme parent) {
        if (!ExtensionEditors.mayCreate(user, owner, parent)) {
            throw new AccessDeniedException("no scheme");
        }
    }

    /** Lets (or stops letting) the secretaries of the branches below edit their own extension of this scheme. */
    public Scheme allowBranchEditing(JifenUser user, long schemeId, boolean allowed) {
        scope.requireAdmin(user);
        Scheme scheme = readable(user, schemeId);
        scheme.allowBranchEditing(allowed);
        return schemes.saveAndFlush(scheme);
    }

    /**
     * What a scheme in the user's scope extends, as in force (see {@link #effectiveParent}); {@code null} when it
     * extends nothing. The extension designer's locks and budgets are read against it.
     */
    @Transactional(readOnly = true)
    public SchemeVersion effectiveParentOf(JifenUser user, long schemeId) {
        return effectiveParent(readable(user, schemeId));
    }

    /** Remembers which published version of the direct parent an extension's version is checked against now. */
    private void recordCheckedAgainst(SchemeVersionRecord version) {
        Scheme parent = version.getScheme().getParent();
        if (parent != null) {
            version.checkedAgainst(versions.findBySchemeOrderByNumberDesc(parent).stream()
                    .filter(v -> v.getStatus() == SchemeStatus.PUBLISHED).findFirst().orElse(null));
        }
    }
}
