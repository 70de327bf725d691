package io.jifen.followup;

/**
 * What the task list shows: by state ({@code null} = all) and by action code ({@code null} = all).
 */
public record TaskFilter(Show show, String action) {

    public enum Show {
        ALL, OPEN, OVERDUE, DONE
    }

    public TaskFilter {
        show = show == null ? Show.ALL : show;
        action = action == null || action.isBlank() ? null : action;
    }

    public static TaskFilter all() {
        return new TaskFilter(Show.ALL, null);
    }
}
