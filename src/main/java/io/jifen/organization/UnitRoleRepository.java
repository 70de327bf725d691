package io.jifen.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitRoleRepository extends JpaRepository<UnitRole, Long> {

    List<UnitRole> findByMemberId(long memberId);

    List<UnitRole> findByOrganizationIdOrderByRoleAscIdAsc(long organizationId);

    boolean existsByOrganizationIdAndMemberIdAndRole(long organizationId, long memberId, UnitRole.Kind role);

    /** The roles held for units under {@code path} (a unit's page lists them). */
    @Query("select r from UnitRole r, Organization o where o.id = r.organizationId and o.path like concat(:path, '%')")
    List<UnitRole> findWithin(@Param("path") String path);

    /** A role by id, only if its unit lies under {@code path}: a foreign id and a missing one look the same. */
    @Query("select r from UnitRole r, Organization o where r.id = :id and o.id = r.organizationId "
            + "and o.path like concat(:path, '%')")
    java.util.Optional<UnitRole> findWithin(@Param("id") long id, @Param("path") String path);
}
