package io.jifen.ledger;

import io.jifen.security.JifenUser;

/**
 * Where a claim's photos go. The evidence store (io.jifen.ledger.evidence.EvidenceService#attach, the review part)
 * implements it through an adapter wired at merge; the claims page depends only on this seam.
 */
public interface ClaimEvidence {

    void attach(JifenUser user, long entryId, String name, String contentType, byte[] bytes);
}
