package io.jifen.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberAuditRepository extends JpaRepository<MemberAudit, Long> {

    List<MemberAudit> findByMemberIdOrderByIdAsc(long memberId);
}
