package io.jifen.organization.roster;

import java.util.List;

/** The outcome of checking an uploaded roster: every row, parsed or with its errors. Nothing is stored yet. */
public record RosterPreview(List<RosterRow> rows) {

    public RosterPreview {
        rows = List.copyOf(rows);
    }

    public int total() {
        return rows.size();
    }

    public int invalidRows() {
        return (int) rows.stream().filter(r -> !r.valid()).count();
    }

    /** True when the file can be imported as it is. */
    public boolean importable() {
        return !rows.isEmpty() && invalidRows() == 0;
    }

    public List<RosterError> errors() {
        return rows.stream().flatMap(r -> r.errors().stream()).toList();
    }
}
