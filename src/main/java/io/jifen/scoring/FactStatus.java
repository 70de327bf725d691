package io.jifen.scoring;

/** Ledger state of an entry; only {@link #CONFIRMED} entries count — claims under review or rejected do not. */
public enum FactStatus {
    CLAIMED, UNDER_REVIEW, CONFIRMED, REJECTED, REVERSED
}
