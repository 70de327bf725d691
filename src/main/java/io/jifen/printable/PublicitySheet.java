package io.jifen.printable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a 公示 sheet prints: a unit's results for a period with each member's reasons. A plain record so that any
 * source can feed it: the publication snapshot once it exists, or the stored scores ({@link PublicitySheets}).
 *
 * @param revision   the snapshot's revision (≥ 1), or 0 when printed from the live scores
 * @param windowFrom first day of the publication window, or null when not published yet
 * @param windowTo   last day of the window, or null
 */
public record PublicitySheet(String unitName, String periodLabel, int revision, LocalDate windowFrom,
        LocalDate windowTo, List<Line> lines) {

    public PublicitySheet {
        lines = List.copyOf(lines);
    }

    /**
     * @param tier    the tier's name, or null
     * @param rank    position in the unit, or null when not ranked
     * @param reasons items with points, e.g. 「三会一课 +3」, in the scheme's order
     */
    public record Line(String memberName, BigDecimal total, String tier, Integer rank, List<String> reasons) {

        public Line {
            reasons = List.copyOf(reasons);
        }
    }
}
