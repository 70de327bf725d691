package io.jifen.scheme.designer;

import io.jifen.scoring.model.SchemeVersion;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The scheme being designed and its edit history. Versions are immutable, so a snapshot is just a reference: undo
 * and redo swap whole versions and restore them exactly.
 */
public final class Draft {

    /** Enough for a long session; the oldest snapshots go first. */
    public static final int HISTORY = 200;

    private final Deque<SchemeVersion> undo = new ArrayDeque<>();
    private final Deque<SchemeVersion> redo = new ArrayDeque<>();
    private SchemeVersion current;
    private SchemeVersion saved;

    public Draft(SchemeVersion loaded) {
        this.current = Objects.requireNonNull(loaded, "loaded");
        this.saved = loaded;
    }

    public SchemeVersion current() {
        return current;
    }

    /**
     * Applies one edit. An edit that changes nothing is not recorded (a field set to its own value).
     *
     * @return whether the draft changed
     */
    public boolean apply(UnaryOperator<SchemeVersion> edit) {
        SchemeVersion next = Objects.requireNonNull(edit.apply(current), "an edit returned no version");
        if (next.equals(current)) {
            return false;
        }
        undo.push(current);
        if (undo.size() > HISTORY) {
            undo.removeLast();
        }
        redo.clear();
        current = next;
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        redo.push(current);
        current = undo.pop();
        return true;
    }

    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        undo.push(current);
        current = redo.pop();
        return true;
    }

    /** Whether the draft differs from what was loaded or last saved (undoing back to it makes it clean again). */
    public boolean dirty() {
        return !current.equals(saved);
    }

    public void markSaved() {
        saved = current;
    }
}
