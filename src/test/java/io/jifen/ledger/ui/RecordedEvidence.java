package io.jifen.ledger.ui;

import io.jifen.ledger.ClaimEvidence;
import io.jifen.security.JifenUser;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * The claims page's evidence seam in the tests of this part, which is built before the evidence store of the review
 * part is merged: it keeps what the page hands over. Replace it by the adapter to EvidenceService at merge.
 */
@Component
public class RecordedEvidence implements ClaimEvidence {

    public record Attached(String username, long entryId, String name, String contentType, byte[] bytes) {
    }

    public final List<Attached> attached = new CopyOnWriteArrayList<>();

    @Override
    public void attach(JifenUser user, long entryId, String name, String contentType, byte[] bytes) {
        attached.add(new Attached(user.username(), entryId, name, contentType, bytes));
    }
}
