package io.jifen.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The 公示 sheet of one snapshot revision in the reader's language: the port the printables render (a record of
 * the same shape), built by {@link PublicationService#sheet}.
 *
 * @param reasons the items with points, already rendered
 */
public record PublicitySheet(String unitName, String periodLabel, int revision, LocalDate windowFrom,
        LocalDate windowTo, List<Line> lines) {

    public PublicitySheet {
        lines = List.copyOf(lines);
    }

    public record Line(String memberName, BigDecimal total, String tier, Integer rank, List<String> reasons) {

        public Line {
            reasons = List.copyOf(reasons);
        }
    }
}
