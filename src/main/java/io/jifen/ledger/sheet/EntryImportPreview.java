package io.jifen.ledger.sheet;

import java.util.List;

/** What an upload would do: how many rows it holds, and every problem; importable only without problems. */
public record EntryImportPreview(int rows, List<SheetProblem> problems) {

    public EntryImportPreview {
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty();
    }

    /** How many distinct rows have at least one problem. */
    public long badRows() {
        return problems.stream().mapToInt(SheetProblem::row).distinct().count();
    }
}
