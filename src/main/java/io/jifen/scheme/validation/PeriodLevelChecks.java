package io.jifen.scheme.validation;

import static io.jifen.scheme.validation.Issues.at;
import static io.jifen.scheme.validation.Issues.scheme;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.RankingRule;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.WindowCap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks of the parts issue 8 added to the format (rules 1–6): window caps, the evaluation year and interim level,
 * category rhythms and bases, the ranking rule. An extension is checked against the period rule it will run
 * under (its own or its parent's); when that is unknown, the unit checks are skipped.
 */
final class PeriodLevelChecks {

    private final SchemeVersion s;
    private final SchemeVersion parent;
    private final Issues out;
    private final PeriodRule rule;
    private final Map<String, Category> categories = new HashMap<>();

    PeriodLevelChecks(SchemeVersion s, SchemeVersion parent, Issues out) {
        this.s = s;
        this.parent = parent;
        this.out = out;
        this.rule = s.periodRule() != null ? s.periodRule() : parent == null ? null : parent.periodRule();
        if (parent != null) {
            parent.categories().forEach(c -> categories.put(c.id(), c));
        }
        s.categories().forEach(c -> categories.put(c.id(), c));
    }

    void all() {
        if (s.periodRule() != null) {
            interim(s.periodRule());
        }
        for (int i = 0; i < s.categories().size(); i++) {
            category(s.categories().get(i), at("categories", i));
        }
        for (int i = 0; i < s.items().size(); i++) {
            Item item = s.items().get(i);
            if (item.windowCap() != null) {
                windowCap(item, item.windowCap(), at("items", i) + ".windowCap");
            }
        }
        interimLevels();
        ranking(s.ranking());
    }

    /** Rule 2: a level strictly between the assessed unit and the year, over resetting periods. */
    private void interim(PeriodRule r) {
        if (r.interimUnit() == null) {
            return;
        }
        String p = scheme("periodRule.interimUnit");
        if (!r.interimUnit().isMultipleOf(r.assessedUnit()) || r.interimUnit() == PeriodUnit.YEAR) {
            out.error(p, "period.interimNotBetween", r.interimUnit(), r.assessedUnit());
        }
        if (r.interimRollUp() == RollUp.BASE_PLUS_ACCUMULATED) {
            out.error(scheme("periodRule.interimRollUp"), "period.interimRollUp", r.interimRollUp());
        }
        if (!r.reset()) {
            out.error(scheme("periodRule.reset"), "period.interimNeedsReset");
        }
        if (r.rollUp() == RollUp.BASE_PLUS_ACCUMULATED) {
            out.error(scheme("periodRule.rollUp"), "period.interimWithBasePlus");
        }
    }

    /** Tier schemes and consequences may look at the interim level only when the period rule has one. */
    private void interimLevels() {
        if (rule == null || rule.interimUnit() != null) {
            return;
        }
        List<TierScheme> ts = s.tierSchemes();
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).levels().contains(Level.INTERIM)) {
                out.error(at("tierSchemes", i) + ".levels", "level.interimWithoutUnit", ts.get(i).name());
            }
        }
        List<ConsequenceRule> cs = s.consequenceRules();
        for (int i = 0; i < cs.size(); i++) {
            if (cs.get(i).level() == Level.INTERIM) {
                out.error(at("consequenceRules", i) + ".level", "level.interimWithoutUnit", cs.get(i).name());
            }
        }
    }

    /** Rules 3 and 4 on one category. */
    private void category(Category c, String p) {
        Category rhythmic = rhythmAbove(c);
        if (c.rhythm() != null) {
            if (rule != null && !c.rhythm().isMultipleOf(rule.assessedUnit())) {
                out.error(p + ".rhythm", "category.rhythmNotLonger", c.name(), c.rhythm(), rule.assessedUnit());
            }
            if (rhythmic != null) {
                out.error(p + ".rhythm", "category.rhythmNested", c.name(), rhythmic.name());
            }
        }
        if (c.baseScore() == null) {
            return;
        }
        if (c.baseScore().signum() < 0) {
            out.error(p + ".baseScore", "category.negativeBase", c.name(), c.baseScore());
        } else if (rule != null && !rule.reset()) {
            out.error(p + ".baseScore", "category.baseNeedsReset", c.name());
        } else if (c.rhythm() != null || rhythmic != null) {
            out.error(p + ".baseScore", "category.baseInRhythm", c.name());
        }
    }

    /** The nearest ancestor (not the category itself) with its own rhythm; null if none. */
    private Category rhythmAbove(Category c) {
        Set<String> seen = new HashSet<>();
        for (Category x = parentOf(c); x != null && seen.add(x.id()); x = parentOf(x)) {
            if (x.rhythm() != null) {
                return x;
            }
        }
        return null;
    }

    private Category parentOf(Category c) {
        return c.parentId() == null ? null : categories.get(c.parentId());
    }

    /** Rule 1: the window is longer than the assessed unit, made of whole periods, and limits something. */
    private void windowCap(Item item, WindowCap w, String p) {
        if (rule != null && !w.window().isMultipleOf(rule.assessedUnit())) {
            out.error(p + ".window", "windowCap.notLonger", item.name(), w.window(), rule.assessedUnit());
        }
        if (w.maxCount() == null && w.maxPoints() == null) {
            out.error(p, "windowCap.empty", item.name());
        }
    }

    /** Rule 6: a known basis category; each status in one group at most; no empty group. */
    private void ranking(RankingRule r) {
        if (r.basisCategoryId() != null && !categories.containsKey(r.basisCategoryId())) {
            out.error(scheme("ranking.basisCategoryId"), "ranking.unknownCategory", r.basisCategoryId());
        }
        Set<MemberStatus> seen = new HashSet<>();
        for (int i = 0; i < r.statusGroups().size(); i++) {
            String p = scheme("ranking.statusGroups[" + i + "]");
            if (r.statusGroups().get(i).isEmpty()) {
                out.error(p, "ranking.emptyGroup");
            }
            for (MemberStatus status : r.statusGroups().get(i)) {
                if (!seen.add(status)) {
                    out.error(p, "ranking.statusTwice", status);
                }
            }
        }
    }
}
