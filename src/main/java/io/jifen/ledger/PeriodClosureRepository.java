package io.jifen.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PeriodClosureRepository extends JpaRepository<PeriodClosure, Long> {

    /** The closure that covers a day for a unit: closed at the unit itself or at any unit above it. */
    @Query("select c from PeriodClosure c where :orgPath like concat(c.orgPath, '%') "
            + "and c.start <= :day and c.end >= :day")
    List<PeriodClosure> covering(@Param("orgPath") String orgPath, @Param("day") LocalDate day);

    /** The closures made at these units (a batch's units and every unit above them), for checks done in memory. */
    List<PeriodClosure> findByOrgPathIn(Collection<String> orgPaths);

    Optional<PeriodClosure> findByOrganizationIdAndStart(long organizationId, LocalDate start);

    @Query("select c from PeriodClosure c where c.orgPath like concat(:path, '%') or :path like concat(c.orgPath, '%') "
            + "order by c.start desc")
    List<PeriodClosure> findRelevantTo(@Param("path") String path);
}
