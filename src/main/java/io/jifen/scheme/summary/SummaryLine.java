package io.jifen.scheme.summary;

import io.jifen.scoring.result.Phrase;
import java.util.List;

/**
 * One sentence of the summary in no language yet: a phrase, the notes that qualify it ("每季度最多 5 分"), and its
 * depth under the line above (an item under its category, a tier under its scale).
 */
public record SummaryLine(int depth, Phrase text, List<Phrase> notes) {

    public SummaryLine {
        notes = List.copyOf(notes);
    }

    static SummaryLine of(int depth, String key, Object... operands) {
        return new SummaryLine(depth, SchemeSummary.phrase(key, operands), List.of());
    }
}
