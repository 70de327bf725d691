package io.jifen.ledger;

/**
 * Where an entry stands. Only {@link #CONFIRMED} entries count, and only while no reversal points at them;
 * confirmed, rejected and withdrawn entries are final (the service and a database trigger refuse any change).
 */
public enum EntryStatus {
    /** Waiting for the review step named by {@link Entry#getCurrentStep()}. */
    PENDING,
    CONFIRMED,
    REJECTED,
    /** Taken back by its claimant while it was pending. */
    WITHDRAWN
}
