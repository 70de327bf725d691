package io.jifen.ledger;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    List<Review> findByEntryIdOrderByDecidedAtAscIdAsc(long entryId);

    List<Review> findByEntryIdIn(Collection<Long> entryIds);
}
