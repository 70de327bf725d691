package io.jifen.scheme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SchemeVersionRepository extends JpaRepository<SchemeVersionRecord, Long> {

    List<SchemeVersionRecord> findBySchemeOrderByNumberDesc(Scheme scheme);

    Optional<SchemeVersionRecord> findFirstBySchemeOrderByNumberDesc(Scheme scheme);

    /** A version by id, only if its scheme's organization lies under {@code path} (see SchemeRepository#findWithin). */
    @Query("select v from SchemeVersionRecord v join fetch v.scheme s join fetch s.organization o "
            + "where v.id = :id and o.path like concat(:path, '%')")
    Optional<SchemeVersionRecord> findWithin(@Param("id") long id, @Param("path") String path);
}
