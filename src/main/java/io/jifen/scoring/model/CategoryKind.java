package io.jifen.scoring.model;

/** The four kinds of 积分类别 found in the seed (基础分 / 加分 / 扣分 / 评议分); the kind only sets the default sign. */
public enum CategoryKind {
    BASE, BONUS, DEDUCTION, EVALUATION;

    /** Deductions subtract by default; every other kind adds. */
    public Sign defaultSign() {
        return this == DEDUCTION ? Sign.NEGATIVE : Sign.POSITIVE;
    }
}
