package io.jifen.scheme.sheet;

/**
 * The columns of the items workbook, in file order. A row with an {@link #ITEM} name is an item of the category at
 * its {@link #PATH}; a row without one is the category at that path. Category-only and item-only columns must stay
 * empty on the other kind of row, so a value typed into the wrong row is reported rather than silently dropped.
 */
enum ItemColumn {
    ID(Applies.BOTH, 14),
    PATH(Applies.BOTH, 30),
    ITEM(Applies.ITEM, 30),
    KIND(Applies.CATEGORY, 10),
    SIGN(Applies.CATEGORY, 10),
    CAP_MIN(Applies.CATEGORY, 10),
    CAP_MAX(Applies.CATEGORY, 10),
    WEIGHT(Applies.CATEGORY, 8),
    BASE_SCORE(Applies.CATEGORY, 10),
    RHYTHM(Applies.CATEGORY, 10),
    OPEN(Applies.CATEGORY, 10),
    VALUE_TYPE(Applies.ITEM, 10),
    VALUE(Applies.ITEM, 30),
    PERIOD_COUNT(Applies.ITEM, 10),
    PERIOD_POINTS(Applies.ITEM, 10),
    WINDOW(Applies.ITEM, 10),
    WINDOW_COUNT(Applies.ITEM, 10),
    WINDOW_POINTS(Applies.ITEM, 10),
    RECORDERS(Applies.ITEM, 16),
    EVIDENCE(Applies.ITEM, 8),
    STEPS(Applies.ITEM, 16),
    CLASSES(Applies.ITEM, 16),
    STATUSES(Applies.ITEM, 16),
    VETO(Applies.ITEM, 8),
    LOCKED(Applies.BOTH, 8),
    ORDER(Applies.BOTH, 8);

    enum Applies { CATEGORY, ITEM, BOTH }

    private final Applies applies;
    private final int width;

    ItemColumn(Applies applies, int width) {
        this.applies = applies;
        this.width = width;
    }

    String titleKey() {
        return "sheet.column." + name();
    }

    /** Whether the column may hold a value on a category row ({@code item == false}) or an item row. */
    boolean appliesTo(boolean item) {
        return applies == Applies.BOTH || (applies == Applies.ITEM) == item;
    }

    /** Column width in characters. */
    int width() {
        return width;
    }
}
