package io.jifen.scheme.summary;

import java.util.List;

/** A headed part of the summary ({@code summary.section.*}); a part the scheme does not use is left out. */
public record SummarySection(String headingKey, List<SummaryLine> lines) {

    public SummarySection {
        lines = List.copyOf(lines);
    }
}
