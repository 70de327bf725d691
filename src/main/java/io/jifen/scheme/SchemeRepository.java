package io.jifen.scheme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SchemeRepository extends JpaRepository<Scheme, Long> {

    @Query("select s from Scheme s join fetch s.organization o where o.path like concat(:path, '%') order by o.path, s.code")
    List<Scheme> findInSubtree(@Param("path") String path);

    boolean existsByOrganizationIdAndCode(Long organizationId, String code);
}
