package io.jifen.ledger.review;

import io.jifen.ledger.Review;
import java.time.Instant;

/** One decision of an entry's review trail as the statement and the claimant read it. */
public record TrailStep(String stepId, String stepName, String decidedBy, Instant decidedAt,
        Review.Decision decision, String reason) {
}
