package io.jifen.ledger.evidence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByEntryIdOrderById(long entryId);

    long countByEntryId(long entryId);
}
