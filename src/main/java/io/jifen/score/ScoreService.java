package io.jifen.score;

import io.jifen.organization.Member;
import io.jifen.organization.MemberLookup;
import io.jifen.organization.Organization;
import io.jifen.scheme.SchemesInForce;
import io.jifen.scheme.SchemesInForce.InForce;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.Tier;
import io.jifen.security.JifenUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The scores of a unit for the people who may read them, and a unit's synchronous recompute. */
@Service
@Transactional(readOnly = true)
public class ScoreService {

    private final ScoreReach reach;
    private final UnitScores scores;
    private final SchemesInForce schemes;
    private final ScoreStore store;
    private final MemberLookup lookup;

    ScoreService(ScoreReach reach, UnitScores scores, SchemesInForce schemes, ScoreStore store,
            MemberLookup lookup) {
        this.lookup = lookup;
        this.store = store;
        this.reach = reach;
        this.scores = scores;
        this.schemes = schemes;
    }

    /** A selectable period of a unit's scheme: an assessed period, an interim period or the year. */
    public record PeriodChoice(ScoreRow.Level level, Period period) {
    }

    /** What a scoreboard of a unit shows for a day: the periods to choose from and the category columns. */
    public record BoardLayout(Organization unit, String schemeName, List<PeriodChoice> periods,
            List<Category> categories, List<Tier> tiers) {
    }

    /** The member's own stored rows, for 我的积分. */
    public record Mine(Member member, List<ScoreRow> rows) {
    }

    /** The units whose board the user may open: the managed subtree, else the groups they lead. */
    public List<Organization> units(JifenUser user) {
        return reach.paths(user).stream().flatMap(p -> lookup.subtree(p).stream()).filter(Organization::isActive)
                .distinct().toList();
    }

    /** The user's own results; empty when the account is not linked to a roster record. */
    public Optional<Mine> mine(JifenUser user) {
        return reach.of(user).self().map(m -> new Mine(m, store.ofMember(m.getId())));
    }

    /**
     * Scores the unit (its 支部) again for the evaluation year containing {@code date}, now, in this transaction.
     * The background recompute of whole organizations calls this per unit.
     *
     * @throws AccessDeniedException when the user does not manage the unit (foreign and unknown alike)
     */
    @Transactional
    public Optional<UnitEvaluation> recomputeUnit(JifenUser user, long unitId, LocalDate date) {
        Organization unit = reach.managedUnit(user, unitId)
                .orElseThrow(() -> new AccessDeniedException("unit not in reach"));
        return scores.score(unit, date);
    }

    /** Empty when the unit is not in reach or no scheme is in force for it that day. */
    public Optional<BoardLayout> layout(JifenUser user, long unitId, LocalDate day) {
        return reach.unit(user, unitId).flatMap(u -> schemes.forUnit(u.getPath(), day).map(f -> layout(u, f, day)));
    }

    private static BoardLayout layout(Organization unit, InForce f, LocalDate day) {
        PeriodRule rule = f.scheme().periodRule();
        Period year = rule.evaluationYearOf(day);
        List<PeriodChoice> out = new ArrayList<>();
        rule.assessedUnit().split(year, rule.yearStartMonth()).forEach(p -> out.add(
                new PeriodChoice(ScoreRow.Level.PERIOD, p)));
        if (rule.interimUnit() != null) {
            rule.interimUnit().split(year, rule.yearStartMonth()).forEach(p -> out.add(
                    new PeriodChoice(ScoreRow.Level.INTERIM, p)));
        }
        if (out.size() > 1 || !out.getFirst().period().equals(year)) {
            out.add(new PeriodChoice(ScoreRow.Level.YEAR, year));
        } else {
            out.set(0, new PeriodChoice(ScoreRow.Level.YEAR, year));
        }
        List<Category> top = f.scheme().categories().stream().filter(c -> c.parentId() == null).toList();
        List<Tier> tiers = f.scheme().tierSchemes().isEmpty() ? List.of()
                : f.scheme().tierSchemes().getFirst().tiers();
        return new BoardLayout(unit, f.schemeName(), out, top, tiers);
    }
}
