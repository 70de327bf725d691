package io.jifen.impact;

import io.jifen.scoring.model.Period;
import java.util.List;

/**
 * The preview of one draft over its organization: every member's row, what was left out and the periods compared.
 *
 * @param inForceVersion the number of the version in force that scores the units today; null when none is
 * @param nowPeriod      the span compared under the version in force (its own period rule); null when none is
 * @param draftPeriod    the span compared under the draft (the draft's period rule)
 * @param removedEntries confirmed entries of items the draft no longer has: not counted under the draft
 * @param notScored      members the draft does not score (no class, a class the draft does not know, no days)
 */
public record Impact(ImpactSpan span, Integer inForceVersion, Period nowPeriod, Period draftPeriod,
        List<ImpactRow> rows, int removedEntries, int notScored) {

    public Impact {
        rows = List.copyOf(rows);
    }

    public long tierUps() {
        return rows.stream().filter(r -> r.change() == ImpactRow.TierChange.UP).count();
    }

    public long tierDowns() {
        return rows.stream().filter(r -> r.change() == ImpactRow.TierChange.DOWN).count();
    }

    public List<ImpactRow> tierChanges() {
        return rows.stream().filter(ImpactRow::tierChanges).toList();
    }
}
