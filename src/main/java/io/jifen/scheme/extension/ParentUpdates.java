package io.jifen.scheme.extension;

import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeStatus;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which extensions must follow their parent (issue 8 point 7): the parent published a version with a later effective
 * date than the one the extension was last validated or published against. An extension never checked against a
 * published parent version is not reported (there is nothing it was built on yet). Callers pass schemes they already
 * resolved inside the user's scope; two queries answer for a whole page.
 */
@Component
@Transactional(readOnly = true)
public class ParentUpdates {

    private final EntityManager entityManager;

    ParentUpdates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The ids of those of {@code schemes} whose parent has moved on since they were last checked. */
    public Set<Long> behind(Collection<Scheme> schemes) {
        List<Scheme> extensions = schemes.stream().filter(s -> s.getParent() != null).toList();
        if (extensions.isEmpty()) {
            return Set.of();
        }
        Map<Long, LocalDate> checkedAgainst = new HashMap<>();
        entityManager.createQuery("select v.scheme.id, c.effectiveFrom from SchemeVersionRecord v "
                        + "join v.checkedAgainst c where v.scheme in :extensions order by v.number desc", Object[].class)
                .setParameter("extensions", extensions).getResultList()
                .forEach(row -> checkedAgainst.putIfAbsent((Long) row[0], (LocalDate) row[1]));
        Map<Long, LocalDate> newestOfParent = new HashMap<>();
        entityManager.createQuery("select v.scheme.id, max(v.effectiveFrom) from SchemeVersionRecord v "
                        + "where v.scheme in :parents and v.status = :published group by v.scheme.id", Object[].class)
                .setParameter("parents", extensions.stream().map(Scheme::getParent).distinct().toList())
                .setParameter("published", SchemeStatus.PUBLISHED).getResultList()
                .forEach(row -> newestOfParent.put((Long) row[0], (LocalDate) row[1]));
        return extensions.stream().filter(s -> {
            LocalDate basis = checkedAgainst.get(s.getId());
            LocalDate newest = newestOfParent.get(s.getParent().getId());
            return basis != null && newest != null && newest.isAfter(basis);
        }).map(Scheme::getId).collect(Collectors.toUnmodifiableSet());
    }
}
