package io.jifen.scheme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchemeVersionRepository extends JpaRepository<SchemeVersionRecord, Long> {

    List<SchemeVersionRecord> findBySchemeOrderByNumberDesc(Scheme scheme);

    Optional<SchemeVersionRecord> findFirstBySchemeOrderByNumberDesc(Scheme scheme);
}
