package io.jifen.ledger;

import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member's claim (申报) with its photos, in one transaction: a photo that is refused takes the claim back too. */
@Service
@Transactional
public class ClaimService {

    private final LedgerService ledger;
    private final ObjectProvider<ClaimEvidence> evidence;

    ClaimService(LedgerService ledger, ObjectProvider<ClaimEvidence> evidence) {
        this.ledger = ledger;
        this.evidence = evidence;
    }

    /** A photo as uploaded, kept in memory until the claim is sent. */
    public record Photo(String name, String contentType, byte[] bytes) {
    }

    /** Whether photos can be stored at all (the evidence store is present). */
    public boolean takesPhotos() {
        return evidence.getIfAvailable() != null;
    }

    public Entry claim(JifenUser user, EntryDraft draft, List<Photo> photos) {
        Entry e = ledger.record(user, EntrySource.SELF_CLAIM, List.of(draft)).entries().getFirst();
        if (!photos.isEmpty()) {
            ClaimEvidence store = evidence.getIfAvailable();
            if (store == null) {
                throw new UserFacingException("ledger.claims.error.noEvidenceStore");
            }
            photos.forEach(p -> store.attach(user, e.getId(), p.name(), p.contentType(), p.bytes()));
        }
        return e;
    }
}
