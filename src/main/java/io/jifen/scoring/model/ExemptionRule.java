package io.jifen.scoring.model;

/**
 * What happens to an exempt member of a class (a member is marked exempt individually; the class says whether that
 * is allowed and what follows).
 */
public enum ExemptionRule {
    /** exemption not allowed: an exempt flag is ignored and the member is scored */
    NOT_ALLOWED,
    /** S9: 长期生病… 可不纳入计分考核 — no score, no tier, no rank */
    EXCLUDE,
    /** S6: 卧床不起… 不列入积分考核, 经支部党员大会评议后直接确定档次 — no score; the assembly sets the tier outside the engine */
    GRADE_DIRECTLY
}
