package io.jifen.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberRepository extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

    @EntityGraph(attributePaths = {"organization", "memberClass"})
    Optional<Member> findWithOrganizationById(Long id);

    /**
     * The member of one tenant linked to a login name: {@code tenantPath} is the tenant root's path ("/11/").
     * Login names are unique per tenant (uk_member_sso_username_tenant), so there is at most one.
     */
    @EntityGraph(attributePaths = {"organization", "memberClass"})
    @Query("select m from Member m where m.ssoUsername = :username and m.organization.path like concat(:tenantPath, '%')")
    Optional<Member> findLinked(@Param("username") String username, @Param("tenantPath") String tenantPath);

    /** A member by id, only if their unit lies under {@code path}: the scope is part of the query (OrgScope). */
    @EntityGraph(attributePaths = {"organization", "memberClass"})
    @Query("select m from Member m where m.id = :id and m.organization.path like concat(:path, '%')")
    Optional<Member> findWithin(@Param("id") long id, @Param("path") String path);

    /** Members by id whose units lie under {@code path}; foreign or unknown ids are simply not in the answer. */
    @EntityGraph(attributePaths = {"organization"})
    @Query("select m from Member m where m.id in :ids and m.organization.path like concat(:path, '%')")
    List<Member> findWithin(@Param("ids") Collection<Long> ids, @Param("path") String path);

    /** Members on the roster {@code today}: the transfer-out date is not a member day (Membership#goneBy). */
    @Query("select count(m) from Member m where m.organization.path like concat(:path, '%') "
            + "and (m.transferOutDate is null or m.transferOutDate > :today) and m.archivedAt is null")
    long countActiveInSubtree(@Param("path") String path, @Param("today") java.time.LocalDate today);

    @Query("select count(m) from Member m where m.organization = :organization")
    long countByOrganization(@Param("organization") Organization organization);

    /** Keeps the members' copy of the unit path in step when a unit moves (see OrganizationRepository#rewritePaths). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update member set org_path = concat(:newPrefix, substring(org_path, char_length(:oldPrefix) + 1)) "
            + "where org_path like concat(:oldPrefix, '%')", nativeQuery = true)
    int rewriteOrgPaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);

    @EntityGraph(attributePaths = {"organization", "memberClass"})
    @Query("select m from Member m where m.id in :ids and m.organization.path like concat(:path, '%')")
    List<Member> findWithClassWithin(@Param("ids") Collection<Long> ids, @Param("path") String path);
}
