package io.jifen.scheme;

import io.jifen.organization.OrgScope;
import io.jifen.scheme.document.SchemeDocuments;
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

    SchemeCatalog(SchemeService schemes, OrgScope scope, EntityManager entityManager) {
        this.schemes = schemes;
        this.scope = scope;
        this.entityManager = entityManager;
    }

    /** One line of the schemes grid. {@code effectiveFrom} is the date of the latest published version, if any. */
    public record SchemeRow(long id, String code, String name, String organization, String parent, int latestNumber,
                            SchemeStatus status, LocalDate effectiveFrom) {
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
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SchemeVersionRecord>> versions = new LinkedHashMap<>();
        entityManager.createQuery("select v from SchemeVersionRecord v where v.scheme in :schemes "
                        + "order by v.number desc", SchemeVersionRecord.class)
                .setParameter("schemes", page).getResultList()
                .forEach(v -> versions.computeIfAbsent(v.getScheme().getId(), id -> new java.util.ArrayList<>()).add(v));
        return page.stream().map(s -> row(s, versions.getOrDefault(s.getId(), List.of()))).toList();
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

    private static SchemeRow row(Scheme scheme, List<SchemeVersionRecord> newestFirst) {
        SchemeVersionRecord latest = newestFirst.isEmpty() ? null : newestFirst.getFirst();
        LocalDate effective = newestFirst.stream().filter(v -> v.getStatus() == SchemeStatus.PUBLISHED)
                .map(SchemeVersionRecord::getEffectiveFrom).findFirst().orElse(null);
        return new SchemeRow(scheme.getId(), scheme.getCode(), scheme.getName(), scheme.getOrganization().getName(),
                scheme.getParent() == null ? null : scheme.getParent().getName(),
                latest == null ? 0 : latest.getNumber(), latest == null ? null : latest.getStatus(), effective);
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
}
