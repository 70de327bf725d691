package io.jifen.organization;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/** The members grid's filters as SQL predicates; the scope predicate is always part of them. */
final class MemberSpecifications {

    private MemberSpecifications() {
    }

    static Specification<Member> matching(Organization scopeRoot, Organization unit, MemberFilter filter) {
        return inSubtree(scopeRoot)
                .and(inSubtree(unit))
                .and(hasStatus(filter.status()))
                .and(hasClass(filter.memberClassId()))
                .and(nameContains(filter.name()))
                .and(archived(filter.archived()))
                .and(fetchForGrid());
    }

    /** By the member's copy of the unit path: one index range, no join to organization. */
    private static Specification<Member> inSubtree(Organization unit) {
        if (unit == null) {
            return (root, query, cb) -> null;
        }
        // with an escape character Hibernate binds the pattern as is; without one it wraps it in replace(), an
        // expression MariaDB does not turn into an index range
        return (root, query, cb) -> cb.like(root.get("orgPath"), unit.getPath() + "%", '!');
    }

    /** Either the roster or the archive, never both mixed: an archived member must not look like a current one. */
    private static Specification<Member> archived(boolean archived) {
        return (root, query, cb) -> archived ? cb.isNotNull(root.get("archivedAt")) : cb.isNull(root.get("archivedAt"));
    }

    private static Specification<Member> hasStatus(MemberStatus status) {
        return (root, query, cb) -> status == null ? null : cb.equal(root.get("status"), status);
    }

    private static Specification<Member> hasClass(Long memberClassId) {
        return (root, query, cb) -> memberClassId == null ? null
                : cb.equal(root.get("memberClass").get("id"), memberClassId);
    }

    /**
     * Contains-search on the name, its pinyin initials ("wjg" finds 王建国) or its pinyin from any syllable on, as a
     * prefix match on the stored terms ({@link NameKeys#searchTerms}), which the term index serves.
     */
    private static Specification<Member> nameContains(String name) {
        if (name == null || name.isBlank()) {
            return (root, query, cb) -> null;
        }
        String pattern = NameKeys.searchable(name).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return (root, query, cb) -> {
            Subquery<Long> matching = query.subquery(Long.class);
            Root<Member> member = matching.from(Member.class);
            Join<Member, String> term = member.join("nameSearch");
            matching.select(member.get("id")).where(cb.like(term, pattern, '\\'));
            return root.get("id").in(matching);
        };
    }

    /** Loads unit and class with the page so the grid renders without one query per row. */
    private static Specification<Member> fetchForGrid() {
        return (root, query, cb) -> {
            if (query != null && query.getResultType() != Long.class && query.getResultType() != long.class) {
                // left joins keep member the first table of the plan, so a page is read along a member index
                root.fetch("organization", JoinType.LEFT);
                root.fetch("memberClass", JoinType.LEFT);
            }
            return null;
        };
    }
}
