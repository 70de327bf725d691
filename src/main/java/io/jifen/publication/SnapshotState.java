package io.jifen.publication;

/**
 * Where a snapshot revision stands: frozen at the period's close, published (the window is open), superseded by a
 * later revision, or closed when its window ended.
 */
public enum SnapshotState {
    FROZEN, PUBLISHED, SUPERSEDED, CLOSED
}
