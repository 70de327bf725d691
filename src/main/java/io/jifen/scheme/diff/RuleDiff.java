package io.jifen.scheme.diff;

import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.EligibilityCondition;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.RankingRule;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.result.Phrase;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The scheme-wide rules: tier schemes and their tiers, eligibility, consequences and ranking, matched by id. */
final class RuleDiff extends DiffPart {

    RuleDiff(SchemeVersion from, SchemeVersion to, ChangeList out) {
        super(from, to, out);
    }

    @Override
    void run() {
        ChangeList.match(from.tierSchemes(), to.tierSchemes(), TierScheme::id,
                t -> out.add("tiers.removed", name(t)),
                t -> out.add("tiers.added", name(t), Words.chain("list", t.tiers().stream().map(RuleDiff::tier)
                        .toList())),
                this::tierScheme);
        ChangeList.match(from.eligibilityRules(), to.eligibilityRules(), EligibilityRule::id,
                r -> out.add("eligibility.removed", Words.label(r.name(), r.id())),
                r -> out.add("eligibility.added", Words.label(r.name(), r.id()), conditions(to, r)),
                this::eligibility);
        ChangeList.match(from.consequenceRules(), to.consequenceRules(), ConsequenceRule::id,
                r -> out.add("consequence.removed", Words.label(r.name(), r.id())),
                r -> out.add("consequence.added", Words.label(r.name(), r.id()), trigger(to, r.trigger()),
                        followUp(r.followUp())),
                this::consequence);
        ranking(from.ranking(), to.ranking());
    }

    private void tierScheme(TierScheme a, TierScheme b) {
        String n = name(b);
        if (!Objects.equals(a.name(), b.name())) {
            out.add("tiers.renamed", name(a), n);
        }
        out.field("tiers.changed", n, "levels", Words.sorted(a.levels()), Words.sorted(b.levels()), l -> l);
        ChangeList.match(a.tiers(), b.tiers(), Tier::id,
                t -> out.add("tier.removed", n, Words.label(t.name(), t.id())),
                t -> out.add("tier.added", n, Words.label(t.name(), t.id()), Words.threshold(t.min())),
                (x, y) -> {
                    String tn = Words.label(y.name(), y.id());
                    if (!Objects.equals(x.name(), y.name())) {
                        out.add("tier.renamed", n, Words.label(x.name(), x.id()), tn);
                    }
                    if (!ChangeList.same(x.min(), y.min())) {
                        out.add("tier.min", n, tn, Words.threshold(x.min()), Words.threshold(y.min()));
                    }
                });
    }

    private void eligibility(EligibilityRule a, EligibilityRule b) {
        String n = Words.label(b.name(), b.id());
        if (!Objects.equals(a.name(), b.name())) {
            out.add("eligibility.renamed", Words.label(a.name(), a.id()), n);
        }
        Object before = conditions(from, a);
        Object after = conditions(to, b);
        out.field("eligibility.changed", n, "conditions", before, after, c -> c);
        out.field("eligibility.changed", n, "statuses", Words.sorted(a.statuses()), Words.sorted(b.statuses()),
                Words::allIfEmpty);
    }

    private void consequence(ConsequenceRule a, ConsequenceRule b) {
        String n = Words.label(b.name(), b.id());
        if (!Objects.equals(a.name(), b.name())) {
            out.add("consequence.renamed", Words.label(a.name(), a.id()), n);
        }
        String key = "consequence.changed";
        out.field(key, n, "level", a.level(), b.level(), l -> l);
        out.field(key, n, "trigger", trigger(from, a.trigger()), trigger(to, b.trigger()), t -> t);
        out.field(key, n, "statuses", Words.sorted(a.statuses()), Words.sorted(b.statuses()), Words::allIfEmpty);
        out.field(key, n, "followUp", followUp(a.followUp()), followUp(b.followUp()), f -> f);
    }

    private void ranking(RankingRule a, RankingRule b) {
        out.field("ranking.changed", null, "basis", basis(from, a.basisCategoryId()), basis(to, b.basisCategoryId()),
                x -> x);
        out.field("ranking.changed", null, "statusGroups", groups(a.statusGroups()), groups(b.statusGroups()),
                x -> x);
    }

    private static Object basis(SchemeVersion v, String categoryId) {
        return categoryId == null ? Words.phrase("ranking.total") : TreeDiff.categoryName(v, categoryId);
    }

    private static Object groups(List<Set<MemberStatus>> groups) {
        if (groups.isEmpty()) {
            return Words.phrase("ranking.together");
        }
        return Words.chain("groups", groups.stream().map(g -> Words.phrase("group", Words.sorted(g))).toList());
    }

    private static Phrase tier(Tier t) {
        return Words.phrase("tier", Words.label(t.name(), t.id()), Words.threshold(t.min()));
    }

    /** The conditions of a rule, all of which must hold, joined with the bundles' "and". */
    private static Object conditions(SchemeVersion v, EligibilityRule r) {
        return Words.chain("and", r.conditions().stream().map(c -> condition(v, c)).toList());
    }

    private static Phrase condition(SchemeVersion v, EligibilityCondition c) {
        return switch (c) {
            case EligibilityCondition.EveryPeriodAtLeast e -> Words.phrase("cond.everyPeriod",
                    tierName(v, e.tierSchemeId(), e.tierId()));
            case EligibilityCondition.YearAtLeast y -> Words.phrase("cond.year", tierName(v, y.tierSchemeId(),
                    y.tierId()));
            case EligibilityCondition.YearTotalAbove t -> Words.phrase(t.inclusive() ? "cond.totalAtLeast"
                    : "cond.totalAbove", t.threshold());
            case EligibilityCondition.NoVeto n -> Words.phrase("cond.noVeto");
        };
    }

    private static Phrase trigger(SchemeVersion v, ConsequenceTrigger t) {
        return switch (t) {
            case ConsequenceTrigger.BottomN b -> Words.phrase("trigger.bottom", b.scope(), b.n());
            case ConsequenceTrigger.TopN b -> Words.phrase("trigger.top", b.scope(), b.n());
            case ConsequenceTrigger.AtOrBelowTier a -> Words.phrase("trigger.atOrBelow",
                    tierName(v, a.tierSchemeId(), a.tierId()));
            case ConsequenceTrigger.ConsecutiveAtOrBelow a -> Words.phrase("trigger.consecutive",
                    tierName(v, a.tierSchemeId(), a.tierId()), a.times());
            case ConsequenceTrigger.NthTimeAtOrBelow a -> Words.phrase("trigger.nth",
                    tierName(v, a.tierSchemeId(), a.tierId()), a.nth());
        };
    }

    /** A follow-up in words: its action, who performs it and when it is due. */
    private static Phrase followUp(FollowUp f) {
        Phrase due = switch (f.due()) {
            case NONE -> Words.phrase("due.none");
            case SAME_MONTH -> Words.phrase("due.sameMonth");
            case WITHIN_DAYS -> Words.phrase("due.days", f.days());
            case WITHIN_MONTHS -> Words.phrase("due.months", f.days());
        };
        return Words.phrase("followUp", Words.label(f.description(), f.action()), Words.role(f.performer()), due);
    }

    private static String tierName(SchemeVersion v, String schemeId, String tierId) {
        return v.tierScheme(schemeId).flatMap(s -> s.tiers().stream().filter(t -> t.id().equals(tierId)).findFirst())
                .map(t -> Words.label(t.name(), t.id())).orElse(tierId);
    }

    private static String name(TierScheme t) {
        return Words.label(t.name(), t.id());
    }
}
