package io.jifen.scoring.model;

/** Scheme-wide parts a parent may leave unlocked for child schemes to replace. */
public enum SchemePart {
    PERIOD_RULE, MEMBER_CLASSES, TIER_SCHEMES, ELIGIBILITY_RULES, CONSEQUENCE_RULES, WORKFLOW, RANKING
}
