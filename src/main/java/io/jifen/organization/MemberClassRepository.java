package io.jifen.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberClassRepository extends JpaRepository<MemberClass, Long> {

    List<MemberClass> findByOrganizationIdOrderBySortOrder(Long organizationId);
}
