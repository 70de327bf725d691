package io.jifen.printable;

import io.jifen.organization.Organization;
import io.jifen.score.ScoreBoard;
import io.jifen.score.ScoreBoard.Line;
import io.jifen.score.ScoreBoard.Query;
import io.jifen.score.ScoreBoard.Sort;
import io.jifen.score.ScoreReach;
import io.jifen.score.ScoreRow;
import io.jifen.score.UnitEvaluation;
import io.jifen.score.UnitScores;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.result.ItemResult;
import io.jifen.scoring.result.MemberResult;
import io.jifen.security.JifenUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A 公示 sheet built from the stored scores (totals, tiers, ranks from {@code score_result}) and one evaluation of
 * the unit for the reasons (each item with its points in the period). Until the publication snapshot exists this
 * is the sheet's source; afterwards the snapshot feeds {@link PublicitySheet} directly.
 */
@Service
@Transactional(readOnly = true)
public class PublicitySheets {


    private final ScoreReach reach;
    private final ScoreBoard board;
    private final UnitScores scores;

    PublicitySheets(ScoreReach reach, ScoreBoard board, UnitScores scores) {
        this.reach = reach;
        this.board = board;
        this.scores = scores;
    }

    /**
     * @param level       PERIOD, INTERIM or YEAR
     * @param periodStart the period's first day
     * @return empty when the unit is out of the user's reach (foreign and unknown alike)
     */
    public Optional<PublicitySheet> fromScores(JifenUser user, long unitId, ScoreRow.Level level,
            LocalDate periodStart, Locale locale) {
        return reach.unit(user, unitId).map(u -> build(user, u, level, periodStart, new PrintWords(locale)));
    }

    private PublicitySheet build(JifenUser user, Organization unit, ScoreRow.Level level, LocalDate start,
            PrintWords w) {
        List<Line> rows = BoardLines.all(board, user, new Query(unit.getId(), level, start, null, null,
                Sort.RANK));
        LocalDate end = rows.isEmpty() ? start : rows.getFirst().row().periodEnd();
        Period range = new Period(start, end);
        Map<String, List<String>> reasons = reasons(unit, range);
        List<PublicitySheet.Line> lines = rows.stream().map(l -> new PublicitySheet.Line(l.memberName(),
                l.row().total(), l.row().tierName(), l.row().unitRank(),
                reasons.getOrDefault(Long.toString(l.row().memberId()), List.of()))).toList();
        String label = w.t("score.level." + level.name()) + " " + w.range(start, end);
        return new PublicitySheet(unit.getName(), label, 0, null, null, lines);
    }


    /** Per member id: 「item +points」 for each item with points in the assessed periods within the range. */
    private Map<String, List<String>> reasons(Organization unit, Period range) {
        Optional<UnitEvaluation> e = scores.evaluate(unit, range.start());
        if (e.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = e.get().inForce().scheme().items().stream()
                .collect(Collectors.toMap(Item::id, Item::name, (a, b) -> a));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (MemberResult m : e.get().results().members()) {
            Map<String, BigDecimal> points = m.periods().stream()
                    .filter(p -> range.contains(p.period().start()))
                    .flatMap(p -> p.items().stream())
                    .collect(Collectors.toMap(ItemResult::itemId, i -> i.signed().value(), BigDecimal::add,
                            LinkedHashMap::new));
            out.put(m.memberId(), points.entrySet().stream().filter(x -> x.getValue().signum() != 0)
                    .map(x -> names.getOrDefault(x.getKey(), x.getKey()) + " " + PrintWords.signed(x.getValue()))
                    .toList());
        }
        return out;
    }
}
