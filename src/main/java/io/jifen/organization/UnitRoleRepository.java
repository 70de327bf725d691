package io.jifen.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitRoleRepository extends JpaRepository<UnitRole, Long> {

    List<UnitRole> findByMemberId(long memberId);

    /** The roles held for units under {@code path} (a unit's page lists them). */
    @Query("select r from UnitRole r, Organization o where o.id = r.organizationId and o.path like concat(:path, '%')")
    List<UnitRole> findWithin(@Param("path") String path);
}
