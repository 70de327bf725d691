package io.jifen.todo;

/** What a todo asks for; the OA portal may group or colour by it. */
public enum TodoKind {
    /** An entry waits at a review step. */
    REVIEW,
    /** An objection to a published result waits for the branch's answer. */
    OBJECTION,
    /** A follow-up task of a consequence rule waits to be done. */
    TASK,
    /** A redemption of points for a gift waits to be fulfilled. */
    REDEMPTION
}
