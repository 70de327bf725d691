package io.jifen.scheme.trial;

import io.jifen.scheme.Scheme;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SchemeTestCaseRepository extends JpaRepository<SchemeTestCase, Long> {

    /** The scheme, only when its organization lies under {@code path}: a foreign scheme is never loaded. */
    @Query("select s from Scheme s join fetch s.organization o where s.id = :id and o.path like concat(:path, '%')")
    Optional<Scheme> findSchemeWithin(@Param("id") long schemeId, @Param("path") String path);

    /** A case, only when its scheme's organization lies under {@code path}. */
    @Query("select c from SchemeTestCase c join fetch c.scheme s join s.organization o "
            + "where c.id = :id and o.path like concat(:path, '%')")
    Optional<SchemeTestCase> findWithin(@Param("id") long caseId, @Param("path") String path);

    List<SchemeTestCase> findBySchemeOrderByName(Scheme scheme);

    boolean existsBySchemeAndName(Scheme scheme, String name);
}
