package io.jifen.scheme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SchemeRepository extends JpaRepository<Scheme, Long> {

    @Query("select s from Scheme s join fetch s.organization o where o.path like concat(:path, '%') order by o.path, s.code")
    List<Scheme> findInSubtree(@Param("path") String path);

    boolean existsByOrganizationIdAndCode(Long organizationId, String code);

    /**
     * A scheme by id, only if its organization lies under {@code path}: the scope is part of the query, so a
     * foreign scheme is never loaded and looks exactly like a missing one.
     */
    @Query("select s from Scheme s join fetch s.organization o where s.id = :id and o.path like concat(:path, '%')")
    Optional<Scheme> findWithin(@Param("id") long id, @Param("path") String path);

    /**
     * A scheme that may be extended by a scheme of some unit: one the user may see ({@code path}) or one defined
     * at an ancestor of that unit ({@code ancestorIds}, read from the unit's path). Nothing else is loaded.
     */
    @Query("select s from Scheme s join fetch s.organization o where s.id = :id "
            + "and (o.path like concat(:path, '%') or o.id in :ancestorIds)")
    Optional<Scheme> findExtendable(@Param("id") long id, @Param("path") String path,
                                    @Param("ancestorIds") Collection<Long> ancestorIds);

    /** The schemes defined at any of these units (a unit and its ancestors, read from its path). */
    @Query("select s from Scheme s join fetch s.organization o where o.id in :unitIds")
    List<Scheme> findAtUnits(@Param("unitIds") Collection<Long> unitIds);
}
