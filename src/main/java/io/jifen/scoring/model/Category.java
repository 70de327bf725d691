package io.jifen.scoring.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A 积分类别 / 维度 / 板块. Stored flat with a {@code parentId} (null for top level) so a form can edit one row at a
 * time; the tree is any depth.
 *
 * <p>Per assessed period: {@code raw} = signed sum of its items and sub-categories, {@code weighted} = raw × weight
 * (S10 评议 × 0.5), then clamped by {@code cap}; what the cap cuts off is reported as overflow.
 *
 * @param openForExtension a child scheme (a branch) may add items / sub-categories here; the cap is then the budget
 *                         the parent grants (S9 个性积分 基础 35, 加分 ≤5, 否决 ≤10)
 * @param locked           a child scheme may not change or remove this category
 * @param baseScore        points the category starts each assessed period with, before its items (S9 通用基础 55,
 *                         个性基础 35 as category subtotals); null = none. Granted like a class base (pro-rated for a
 *                         partly covered period), inside the category, so weight and cap apply to it
 * @param rhythm           the category is scored once per window of this unit instead of every assessed period (S10
 *                         评议 twice a year in a quarterly scheme): its facts of the whole window count in the period
 *                         that closes the window, and its cap holds for the window; null = every assessed period
 */
public record Category(String id, String parentId, String name, CategoryKind kind, Sign sign, Cap cap,
        BigDecimal weight, boolean openForExtension, boolean locked, int order, BigDecimal baseScore,
        PeriodUnit rhythm) {

    /** A category without base score or own rhythm, as before rules 3 and 4. */
    public Category(String id, String parentId, String name, CategoryKind kind, Sign sign, Cap cap,
            BigDecimal weight, boolean openForExtension, boolean locked, int order) {
        this(id, parentId, name, kind, sign, cap, weight, openForExtension, locked, order, null, null);
    }

    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        sign = sign == null ? kind.defaultSign() : sign;
        cap = cap == null ? Cap.NONE : cap;
        weight = weight == null ? BigDecimal.ONE : weight;
        if (weight.signum() < 0) {
            throw new IllegalArgumentException("weight < 0 on category " + id);
        }
        baseScore = Points.scaleOrNull(baseScore);
    }

    public static Category of(String id, String parentId, String name, CategoryKind kind, Cap cap) {
        return new Category(id, parentId, name, kind, null, cap, null, false, true, 0);
    }

    public Category withWeight(String w) {
        return new Category(id, parentId, name, kind, sign, cap, new BigDecimal(w), openForExtension, locked, order,
                baseScore, rhythm);
    }

    public Category withCap(Cap c) {
        return new Category(id, parentId, name, kind, sign, c, weight, openForExtension, locked, order,
                baseScore, rhythm);
    }

    public Category open() {
        return new Category(id, parentId, name, kind, sign, cap, weight, true, locked, order,
                baseScore, rhythm);
    }

    public Category unlocked() {
        return new Category(id, parentId, name, kind, sign, cap, weight, openForExtension, false, order, baseScore,
                rhythm);
    }

    public Category withBase(String base) {
        return new Category(id, parentId, name, kind, sign, cap, weight, openForExtension, locked, order,
                Points.of(base), rhythm);
    }

    public Category withRhythm(PeriodUnit r) {
        return new Category(id, parentId, name, kind, sign, cap, weight, openForExtension, locked, order, baseScore,
                r);
    }

    public boolean hasWeight() {
        return weight.compareTo(BigDecimal.ONE) != 0;
    }
}
