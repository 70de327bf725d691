package io.jifen.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    Optional<Organization> findByCode(String code);

    boolean existsByCode(String code);

    /** A unit by id, only if it lies under {@code path}: foreign units are never loaded (OrgScope). */
    @Query("select o from Organization o where o.id = :id and o.path like concat(:path, '%')")
    Optional<Organization> findWithin(@Param("id") long id, @Param("path") String path);

    /** A unit by code, only if it lies under {@code path}. */
    @Query("select o from Organization o where o.code = :code and o.path like concat(:path, '%')")
    Optional<Organization> findByCodeWithin(@Param("code") String code, @Param("path") String path);

    @Query("select o from Organization o where o.path like concat(:path, '%') order by o.path")
    List<Organization> findSubtree(@Param("path") String path);

    boolean existsByParent(Organization parent);

    @Query("select coalesce(max(o.sortOrder), 0) from Organization o where o.parent = :parent")
    int maxSortOrderUnder(@Param("parent") Organization parent);

    @Modifying
    @Query(value = "update organization set path = concat(:newPrefix, substring(path, char_length(:oldPrefix) + 1)) "
            + "where path like concat(:oldPrefix, '%')", nativeQuery = true)
    int rewritePaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);
}
