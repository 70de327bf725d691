package io.jifen.scheme;

import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.extension.ExtensionEditors;
import io.jifen.scheme.extension.ParentUpdates;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the schemes page reads: the schemes in the user's scope one page at a time, each with its latest version,
 * and the documents behind "copy" and "export". Every look-up goes through the scope (the subtree path is part of
 * the query, or {@link SchemeService} checks it), so a foreign id answers like a missing one.
 */
@Service
@Transactional(readOnly = true)
public class SchemeCatalog {

    private final SchemeService schemes;
    private final OrgScope scope;
    private final EntityManager entityManager;
    private final ParentUpdates parentUpdates;

    SchemeCatalog(SchemeService schemes, OrgScope scope, EntityManager entityManager, ParentUpdates parentUpdates) {
        this.parentUpdates = parentUpdates;
        this.schemes = schemes;
        this.scope = scope;
        this.entityManager = entityManager;
    }

    /**
     * One line of the schemes grid. {@code effectiveFrom} is the date of the latest published version, if any;
     * {@code branchEditing}: the scheme lets its branches' secretaries edit their extensions; {@code editable}: the
     * user may edit this scheme; {@code parentAhead}: an extension whose parent published a newer version since the
     * extension was last checked against it.
     */
    public record SchemeRow(long id, String code, String name, String organization, String parent, int latestNumber,
                            SchemeStatus status, LocalDate effectiveFrom, boolean branchEditing, boolean editable,
                            boolean parentAhead) {
    }

    public List<SchemeRow> page(JifenUser user, Pageable pageable) {
        return page(user, "", pageable);
    }

    /** A page of the schemes in scope whose name or code contains {@code filter} (what a picker's user typed). */
    public List<SchemeRow> page(JifenUser user, String filter, Pageable pageable) {
        List<Scheme> page = entityManager.createQuery("select s from Scheme s join fetch s.organization o "
                        + "left join fetch s.parent where o.path like concat(:path, '%') "
                        + "and (s.name like :filter or s.code like :filter) order by o.path, s.code, s.id",
                        Scheme.class)
                .setParameter("path", scope.root(user).getPath())
                .setParameter("filter", "%" + likeEscaped(filter == null ? "" : filter.strip()) + "%")
                .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList();
        return rows(user, page);
    }

    /**
     * The schemes a secretary may extend for their own branch: those of the organizations above theirs whose admins
     * let branch secretaries edit their extension. Empty for a user at the top of a tenant.
     */
    public List<SchemeRow> branchParents(JifenUser user) {
        Organization own = scope.root(user);
        List<Long> above = java.util.Arrays.stream(own.getPath().split("/")).filter(id -> !id.isEmpty())
                .map(Long::valueOf).filter(id -> !id.equals(own.getId())).toList();
        if (above.isEmpty()) {
            return List.of();
        }
        return rows(user, entityManager.createQuery("select s from Scheme s join fetch s.organization o "
                        + "left join fetch s.parent where o.id in :above and s.branchEditing = true "
                        + "order by o.path, s.code, s.id", Scheme.class)
                .setParameter("above", above).getResultList());
    }

    private List<SchemeRow> rows(JifenUser user, List<Scheme> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SchemeVersionRecord>> versions = new LinkedHashMap<>();
        entityManager.createQuery("select v from SchemeVersionRecord v where v.scheme in :schemes "
                        + "order by v.number desc", SchemeVersionRecord.class)
                .setParameter("schemes", page).getResultList()
                .forEach(v -> versions.computeIfAbsent(v.getScheme().getId(), id -> new java.util.ArrayList<>()).add(v));
        java.util.Set<Long> behind = parentUpdates.behind(page);
        return page.stream().map(s -> row(s, versions.getOrDefault(s.getId(), List.of()),
                ExtensionEditors.mayEdit(user, s), behind.contains(s.getId()))).toList();
    }

    /** The text as a literal inside LIKE: {@code %} and {@code _} typed by a user match only themselves. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public long count(JifenUser user) {
        return entityManager.createQuery("select count(s) from Scheme s join s.organization o "
                        + "where o.path like concat(:path, '%')", Long.class)
                .setParameter("path", scope.root(user).getPath()).getSingleResult();
    }

    private static SchemeRow row(Scheme scheme, List<SchemeVersionRecord> newestFirst, boolean editable,
                                 boolean parentAhead) {
        SchemeVersionRecord latest = newestFirst.isEmpty() ? null : newestFirst.getFirst();
        LocalDate effective = newestFirst.stream().filter(v -> v.getStatus() == SchemeStatus.PUBLISHED)
                .map(SchemeVersionRecord::getEffectiveFrom).findFirst().orElse(null);
        return new SchemeRow(scheme.getId(), scheme.getCode(), scheme.getName(), scheme.getOrganization().getName(),
                scheme.getParent() == null ? null : scheme.getParent().getName(),
                latest == null ? 0 : latest.getNumber(), latest == null ? null : latest.getStatus(), effective,
                scheme.allowsBranchEditing(), editable, parentAhead);
    }

    /** The latest version's document of a scheme in scope: what "export" downloads and "copy" starts from. */
    public String latestDocument(JifenUser user, long schemeId) {
        return schemes.versions(user, schemeId).getFirst().getDocument();
    }

    /** A new scheme whose first draft is the latest version of another scheme the user may see. */
    @Transactional
    public Scheme copy(JifenUser user, long sourceSchemeId, long organizationId, String code, String name,
                       Long parentSchemeId) {
        String document = latestDocument(user, sourceSchemeId);
        return schemes.create(user, organizationId, code, name, parentSchemeId, document);
    }

    /**
     * A blank draft: a name, a calendar year assessed as a whole, nothing else. It is not publishable yet (no member
     * class, no category) — the validation says so when the designer checks it.
     */
    public static String blankDocument(String code, String name) {
        SchemeVersion blank = SchemeVersion.builder(code).name(name).version(1)
                .periodRule(new PeriodRule(PeriodUnit.YEAR, false, RollUp.SUM, null, false, null)).build();
        return SchemeDocuments.write(blank);
    }

    /**
     * A blank extension (a branch's 个性积分): everything as the parent says until the branch adds its own items to
     * the parent's open categories. The parent's version id is given by the service when the scheme is created.
     */
    public static String blankExtension(String code, String name) {
        return SchemeDocuments.write(SchemeVersion.builder(code).name(name).version(1).parent(code).build());
    }

    /** The names of the extensions in scope whose parent published a newer version: the schemes page's notice. */
    public List<String> behindParent(JifenUser user) {
        List<Scheme> extensions = entityManager.createQuery("select s from Scheme s join fetch s.organization o "
                        + "join fetch s.parent where o.path like concat(:path, '%') order by o.path, s.code",
                        Scheme.class)
                .setParameter("path", scope.root(user).getPath()).getResultList();
        java.util.Set<Long> behind = parentUpdates.behind(extensions);
        return extensions.stream().filter(s -> behind.contains(s.getId())).map(Scheme::getName).toList();
    }
}
