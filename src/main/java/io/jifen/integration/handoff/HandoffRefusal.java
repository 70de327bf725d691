package io.jifen.integration.handoff;

/**
 * Why a handed-over token was not accepted. The user reads one of a few coarse texts (bundle key); the operator log
 * gets the exact reason.
 */
enum HandoffRefusal {
    /** The page asked for no token, or the portal never sent one. */
    NO_TOKEN("embed.handoff.noToken"),
    /** No nonce in the session, or another one: the page is old or not ours. */
    STALE_PAGE("embed.handoff.stalePage"),
    /** Signature, issuer, expiry, age, audience, portal client or type wrong. */
    INVALID("embed.handoff.invalid"),
    /** The token's {@code jti} was used before. */
    REPLAYED("embed.handoff.replayed");

    private final String messageKey;

    HandoffRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

    /** Thrown by the checks; {@code detail} is for the operator log only. */
    static final class Refused extends RuntimeException {

        private final HandoffRefusal reason;

        Refused(HandoffRefusal reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }

        HandoffRefusal reason() {
            return reason;
        }
    }
}
