package io.jifen.scoring.result;

/** Points at the rule that produced a number: which kind of rule and its id in the scheme version. */
public record RuleRef(Kind kind, String id) {

    public enum Kind {
        SCHEME_VERSION, MEMBER_CLASS, CATEGORY, CATEGORY_CAP, WEIGHT, ITEM, ITEM_COUNT_CAP, ITEM_POINTS_CAP,
        PERIOD_RULE, PARTIAL_PERIOD, TOTAL_CAP, ROLL_UP, TIER, VETO, RANKING, ELIGIBILITY, CONSEQUENCE,
        ITEM_WINDOW_CAP, CATEGORY_BASE, RHYTHM, INTERIM_ROLL_UP, ASSIGNED_TIER
    }

    public static RuleRef of(Kind kind, String id) {
        return new RuleRef(kind, id);
    }
}
