package io.jifen.ledger;

import io.jifen.security.JifenUser;

/**
 * Where a claim's photos go: {@link io.jifen.ledger.evidence.EvidenceService}. A port, so that recording a claim
 * does not depend on how evidence is stored and checked.
 */
public interface ClaimEvidence {

    void attach(JifenUser user, long entryId, String name, String contentType, byte[] bytes);
}
