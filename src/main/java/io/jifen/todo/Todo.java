package io.jifen.todo;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing someone has to do in the console. The id is stable for the thing and never reused: the OA portal keys
 * its todo on it, and the push sends CREATED once when it appears and DONE once when it goes. A thing that can come
 * back after being done (a reopened objection) gets a new id (a revision suffix), never the old one again.
 *
 * @param id       globally unique, {@code <kind>:<database id>[:<step>]}, at most 120 characters
 * @param titleKey bundle key of the title; {@code operands} fill its placeholders
 * @param route    the console route that handles it, relative ("review", "tasks?id=7")
 * @param due      when it is due, or null when nothing sets a date
 */
public record Todo(String id, TodoKind kind, Assignee assignee, String titleKey, List<String> operands, String route,
        LocalDate due) {

    public Todo {
        if (id.length() > 120) {
            throw new IllegalArgumentException("todo id longer than 120: " + id);
        }
        operands = List.copyOf(operands);
    }

    /**
     * Who does it: a named user, or whoever holds {@code role} over {@code unit} (the OA portal resolves the people).
     *
     * @param username the SSO login name, or null when a role is named
     * @param role     a workflow or roster role (SECRETARY, GROUP_LEADER, DEPARTMENT_HEAD…), or null
     * @param unitId   the unit the todo belongs to (organization id)
     * @param unitCode the unit's code, the key the OA portal knows
     * @param unitName the unit's name as users read it
     */
    public record Assignee(String username, String role, long unitId, String unitCode, String unitName) {
    }
}
