package io.jifen.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRoleAuditRepository extends JpaRepository<UnitRoleAudit, Long> {

    List<UnitRoleAudit> findByOrganizationIdOrderByIdAsc(long organizationId);
}
