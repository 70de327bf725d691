package io.jifen.scoring.model;

/** How the assessed periods of a year make the annual (cycle) score. */
public enum RollUp {
    /** annual = Σ period totals (each with its base) */
    SUM,
    /** annual = Σ period totals ÷ number of periods the member was assessed in (S8 "累计分除以4", S9 季度平均) */
    AVERAGE_OF_SUBPERIODS,
    /** annual = class base once + Σ points of all periods (S6 "基础分加上全年累计积分") */
    BASE_PLUS_ACCUMULATED
}
