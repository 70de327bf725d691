package io.jifen.ledger;

import io.jifen.security.JifenUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member's claim (申报) with its photos, in one transaction: a photo that is refused takes the claim back too. */
@Service
@Transactional
public class ClaimService {

    private final LedgerService ledger;
    private final ClaimEvidence evidence;

    ClaimService(LedgerService ledger, ClaimEvidence evidence) {
        this.ledger = ledger;
        this.evidence = evidence;
    }

    /** A photo as uploaded, kept in memory until the claim is sent. */
    public record Photo(String name, String contentType, byte[] bytes) {
    }

    public Entry claim(JifenUser user, EntryDraft draft, List<Photo> photos) {
        Entry e = ledger.record(user, EntrySource.SELF_CLAIM, List.of(draft)).entries().getFirst();
        photos.forEach(p -> evidence.attach(user, e.getId(), p.name(), p.contentType(), p.bytes()));
        return e;
    }
}
