package io.jifen.todo;

/** A tenant (top-level organization) whose todos are pushed: its id, its code (the OA key) and its subtree path. */
public record TodoTenant(long id, String code, String path) {
}
