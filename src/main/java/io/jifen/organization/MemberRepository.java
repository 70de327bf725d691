package io.jifen.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberRepository extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

    @EntityGraph(attributePaths = {"organization", "memberClass"})
    Optional<Member> findWithOrganizationById(Long id);

    @EntityGraph(attributePaths = {"organization", "memberClass"})
    Optional<Member> findBySsoUsername(String ssoUsername);

    @EntityGraph(attributePaths = {"organization"})
    List<Member> findByIdIn(Collection<Long> ids);

    @Query("select count(m) from Member m where m.organization.path like concat(:path, '%') "
            + "and (m.transferOutDate is null or m.transferOutDate > current_date) and m.archivedAt is null")
    long countActiveInSubtree(@Param("path") String path);

    @Query("select count(m) from Member m where m.organization = :organization")
    long countByOrganization(@Param("organization") Organization organization);

    @Query("select m.ssoUsername from Member m where m.ssoUsername in :names")
    List<String> findTakenUsernames(@Param("names") Collection<String> names);
}
