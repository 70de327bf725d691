package io.jifen.organization;

import jakarta.persistence.criteria.JoinType;
import java.util.Locale;
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

    private static Specification<Member> inSubtree(Organization unit) {
        if (unit == null) {
            return (root, query, cb) -> null;
        }
        return (root, query, cb) -> cb.like(root.get("organization").get("path"), unit.getPath() + "%");
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

    private static Specification<Member> nameContains(String name) {
        if (name == null || name.isBlank()) {
            return (root, query, cb) -> null;
        }
        String pattern = "%" + name.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
        return (root, query, cb) -> cb.like(cb.lower(root.get("name")), pattern, '\\');
    }

    /** Loads unit and class with the page so the grid renders without one query per row. */
    private static Specification<Member> fetchForGrid() {
        return (root, query, cb) -> {
            if (query != null && query.getResultType() != Long.class && query.getResultType() != long.class) {
                root.fetch("organization", JoinType.INNER);
                root.fetch("memberClass", JoinType.LEFT);
            }
            return null;
        };
    }
}
