package io.jifen.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EntryRepository extends JpaRepository<Entry, Long>, JpaSpecificationExecutor<Entry> {

    /** An entry by id, only if its unit lies under {@code path}: scope is part of the query. */
    @Query("select e from Entry e where e.id = :id and e.orgPath like concat(:path, '%')")
    Optional<Entry> findWithin(@Param("id") long id, @Param("path") String path);

    @Query("select e from Entry e where e.id in :ids and e.orgPath like concat(:path, '%')")
    List<Entry> findWithin(@Param("ids") Collection<Long> ids, @Param("path") String path);

    /** The reversal of an entry, if any. */
    Optional<Entry> findByReverses(Long reverses);

    List<Entry> findByMemberIdOrderByDateDescIdDesc(long memberId);
}
