package io.jifen.organization.roster;

import io.jifen.organization.Gender;
import io.jifen.organization.Member;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The import's database work. It talks JPA directly instead of through MemberRepository because bulk inserts need
 * flush/clear control that repositories do not offer; all callers hold the transaction and have checked scope.
 */
@Component
class RosterStore {

    /** Rows per flush/clear; matches hibernate.jdbc.batch_size so that batching works if ids ever allow it. */
    static final int FLUSH_EVERY = 200;
    /** Keeps IN lists far below MariaDB's packet and Hibernate's parameter limits. */
    private static final int IN_LIST = 1000;

    /** What makes two roster entries the same person for duplicate checks. */
    record PersonKey(String name, Gender gender, LocalDate birthDate, Long unitId) {

        static PersonKey of(Member member) {
            return new PersonKey(member.getName(), member.getGender(), member.getBirthDate(),
                    member.getOrganization().getId());
        }
    }

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * Which of these login names are taken in the tenant ({@code tenantPath}, e.g. "/11/"), lower-cased (the
     * column's collation ignores case, so does uniqueness). Other tenants are never asked: names are unique per
     * tenant, and asking them would tell the importer which names exist elsewhere.
     */
    Set<String> takenUsernames(Collection<String> usernames, String tenantPath) {
        Set<String> taken = new HashSet<>();
        for (List<String> chunk : chunks(usernames)) {
            entityManager.createQuery("select m.ssoUsername from Member m where m.ssoUsername in :names "
                            + "and m.organization.path like concat(:tenantPath, '%')", String.class)
                    .setParameter("names", chunk)
                    .setParameter("tenantPath", tenantPath)
                    .getResultList()
                    .forEach(name -> taken.add(name.toLowerCase(Locale.ROOT)));
        }
        return taken;
    }

    /** People already registered in these units under these names. */
    Set<PersonKey> existing(Collection<Long> unitIds, Collection<String> names) {
        Set<PersonKey> existing = new HashSet<>();
        if (unitIds.isEmpty()) {
            return existing;
        }
        for (List<String> chunk : chunks(names)) {
            entityManager.createQuery("select m.name, m.gender, m.birthDate, m.organization.id from Member m "
                            + "where m.organization.id in :units and m.name in :names", Object[].class)
                    .setParameter("units", unitIds)
                    .setParameter("names", chunk)
                    .getResultList()
                    .forEach(r -> existing.add(
                            new PersonKey((String) r[0], (Gender) r[1], (LocalDate) r[2], (Long) r[3])));
        }
        return existing;
    }

    /**
     * Inserts in the caller's transaction. IDENTITY ids make Hibernate send one INSERT per row (no JDBC batching);
     * flushing and clearing every few hundred rows keeps the persistence context, and each flush's dirty check,
     * small. Unit and class references may become detached by the clear: Hibernate only needs their ids.
     */
    int insertAll(List<Member> members) {
        int count = 0;
        for (Member member : members) {
            entityManager.persist(member);
            if (++count % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush();
        entityManager.clear();
        return count;
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return chunks;
    }
}
