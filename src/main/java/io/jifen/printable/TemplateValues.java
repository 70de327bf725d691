package io.jifen.printable;

import io.jifen.score.ScoreBoard.Line;
import io.jifen.score.ScoreRow;
import io.jifen.scoring.model.Category;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a template is filled with: the sheet's ({@code ${unit}}…) and one member line per repeated row.
 *
 * @param sheet      value per sheet placeholder name (unit, period, printedOn, scheme, memberCount)
 * @param categories the scheme's top-level categories, to resolve {@code ${member.category:<id or name>}}
 * @param yes        the word for a veto, no the word for none
 */
record TemplateValues(Map<String, Object> sheet, List<Line> members, List<Category> categories, String yes,
        String no) {

    /** A category by id, else by name. */
    static Optional<Category> category(List<Category> categories, String idOrName) {
        return categories.stream().filter(c -> c.id().equals(idOrName)).findFirst()
                .or(() -> categories.stream().filter(c -> c.name().equals(idOrName)).findFirst());
    }

    /** The value of a placeholder; for a member placeholder, that of the member at {@code index} (0-based). */
    Object value(Placeholder p, int index) {
        if (!p.member()) {
            return sheet.get(p.name());
        }
        Line l = members.get(index);
        ScoreRow r = l.row();
        return switch (p.name()) {
            case "member.index" -> index + 1;
            case "member.name" -> l.memberName();
            case "member.base" -> r.base();
            case "member.total" -> r.total();
            case "member.reward" -> r.reward();
            case "member.tier" -> r.tierName();
            case "member.rank" -> r.unitRank();
            case "member.veto" -> r.veto() ? yes : no;
            case Placeholder.CATEGORY -> category(categories, p.argument()).map(c -> r.subtotals().get(c.id()))
                    .orElse(null);
            default -> null;
        };
    }

    static String text(Object v) {
        return switch (v) {
            case null -> "";
            case BigDecimal d -> d.stripTrailingZeros().toPlainString();
            default -> v.toString();
        };
    }
}
