package io.jifen.scheme.sheet;

import io.jifen.scheme.sheet.SheetText.ValueType;
import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.NumberBound;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Recorder;
import io.jifen.scoring.model.Sign;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.WindowCap;
import io.jifen.scoring.model.Workflow.ReviewStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields of one category row or one item row, read into model records. Where ids refer to other parts of the
 * scheme (review steps, member classes) the cell names them by name or id; the parent id of a category and the
 * category of an item are resolved from the paths by {@link ItemsSheetParser}.
 */
final class RowFields {

    private final List<ReviewStep> steps;
    private final List<MemberClass> classes;

    RowFields(List<ReviewStep> steps, List<MemberClass> classes) {
        this.steps = steps;
        this.classes = classes;
    }

    /** The category of a row, with the given parent; null when a required value is missing or wrong. */
    Category category(RowCells row, String id, String name, String parentId) {
        CategoryKind kind = row.choice(ItemColumn.KIND, CategoryKind.class);
        if (kind == null && !row.has(ItemColumn.KIND)) {
            row.error(ItemColumn.KIND, "sheet.error.required");
        }
        Sign sign = row.choice(ItemColumn.SIGN, Sign.class);
        BigDecimal min = row.number(ItemColumn.CAP_MIN, NumberBound.TOTAL);
        BigDecimal max = row.number(ItemColumn.CAP_MAX, NumberBound.TOTAL);
        if (min != null && max != null && min.compareTo(max) > 0) {
            row.error(ItemColumn.CAP_MIN, "sheet.error.capOrder", ValueCells.plain(min), ValueCells.plain(max));
            return null;
        }
        BigDecimal weight = row.number(ItemColumn.WEIGHT, NumberBound.WEIGHT);
        BigDecimal base = row.number(ItemColumn.BASE_SCORE, NumberBound.TOTAL);
        PeriodUnit rhythm = row.choice(ItemColumn.RHYTHM, PeriodUnit.class);
        boolean open = row.flag(ItemColumn.OPEN);
        boolean locked = row.flag(ItemColumn.LOCKED);
        int order = order(row);
        if (kind == null) {
            return null;
        }
        return new Category(id, parentId, name, kind, sign, new Cap(min, max), weight, open, locked, order, base,
                rhythm);
    }

    /** The item of a row in the given category; null when a value is missing or wrong. */
    Item item(RowCells row, String id, String categoryId) {
        ValueRule value = value(row);
        OccurrenceCap cap = new OccurrenceCap(row.count(ItemColumn.PERIOD_COUNT),
                row.number(ItemColumn.PERIOD_POINTS, NumberBound.TOTAL));
        WindowCap window = windowCap(row);
        List<Recorder> recorders = row.has(ItemColumn.RECORDERS) ? choices(row, ItemColumn.RECORDERS, Recorder.class)
                : null;
        boolean evidence = row.flag(ItemColumn.EVIDENCE);
        List<String> stepIds = refs(row, ItemColumn.STEPS, steps, ReviewStep::id, ReviewStep::name);
        List<String> classIds = refs(row, ItemColumn.CLASSES, classes, MemberClass::id, MemberClass::name);
        List<MemberStatus> statuses = choices(row, ItemColumn.STATUSES, MemberStatus.class);
        boolean veto = row.flag(ItemColumn.VETO);
        boolean locked = row.flag(ItemColumn.LOCKED);
        int order = order(row);
        if (value == null || stepIds.contains(null) || classIds.contains(null) || statuses.contains(null)
                || (recorders != null && recorders.contains(null))) {
            return null;
        }
        return new Item(id, categoryId, row.text(ItemColumn.ITEM), value, cap,
                recorders == null ? null : Set.copyOf(recorders), evidence, stepIds, Set.copyOf(classIds),
                Set.copyOf(statuses), veto, locked, order, window);
    }

    private static int order(RowCells row) {
        BigDecimal order = row.number(ItemColumn.ORDER, NumberBound.ORDINAL);
        return order == null ? 0 : order.intValueExact();
    }

    private static ValueRule value(RowCells row) {
        if (!row.has(ItemColumn.VALUE)) {
            row.error(ItemColumn.VALUE, "sheet.error.required");
            return null;
        }
        String cell = row.text(ItemColumn.VALUE);
        ValueType type = row.has(ItemColumn.VALUE_TYPE) ? row.choice(ItemColumn.VALUE_TYPE, ValueType.class)
                : ValueCells.looksLikeOptions(cell) ? ValueType.ByOption
                : ValueCells.parseRange(cell) != null ? ValueType.ReviewerRange : ValueType.Fixed;
        if (type == null) {
            return null;
        }
        return switch (type) {
            case Fixed -> {
                BigDecimal points = row.number(ItemColumn.VALUE, cell, NumberBound.POINTS);
                yield points == null ? null : new ValueRule.Fixed(points);
            }
            case ReviewerRange -> {
                BigDecimal[] range = range(row, cell);
                yield range == null ? null : new ValueRule.ReviewerRange(range[0], range[1]);
            }
            case ByOption -> options(row, cell);
        };
    }

    /** {@code min~max} (a single number is a fixed option's value); null after an error. */
    private static BigDecimal[] range(RowCells row, String text) {
        String[] parts = ValueCells.parseRange(text);
        if (parts == null) {
            BigDecimal single = ValueCells.NUMBER.matcher(ValueCells.minus(text.strip())).matches()
                    ? row.number(ItemColumn.VALUE, text, NumberBound.POINTS) : null;
            if (single == null) {
                row.error(ItemColumn.VALUE, "sheet.error.range", text);
                return null;
            }
            return new BigDecimal[] {single, single};
        }
        BigDecimal min = row.number(ItemColumn.VALUE, parts[0], NumberBound.POINTS);
        BigDecimal max = row.number(ItemColumn.VALUE, parts[1], NumberBound.POINTS);
        if (min == null || max == null) {
            return null;
        }
        if (min.compareTo(max) > 0) {
            row.error(ItemColumn.VALUE, "sheet.error.rangeOrder", text);
            return null;
        }
        return new BigDecimal[] {min, max};
    }

    private static ValueRule options(RowCells row, String cell) {
        List<ValueOption> options = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        boolean ok = true;
        for (String line : ValueCells.lines(cell)) {
            String[] parts = ValueCells.optionParts(line);
            if (parts == null || parts[0].isEmpty()) {
                row.error(ItemColumn.VALUE, "sheet.error.option", line);
                ok = false;
                continue;
            }
            if (!codes.add(parts[0])) {
                row.error(ItemColumn.VALUE, "sheet.error.optionTwice", parts[0]);
                ok = false;
            }
            BigDecimal[] range = range(row, parts[2]);
            if (range == null) {
                ok = false;
                continue;
            }
            options.add(new ValueOption(parts[0], parts[1].isEmpty() ? null : parts[1], range[0], range[1]));
        }
        return ok && !options.isEmpty() ? new ValueRule.ByOption(options) : null;
    }

    private static WindowCap windowCap(RowCells row) {
        PeriodUnit window = row.choice(ItemColumn.WINDOW, PeriodUnit.class);
        Integer count = row.count(ItemColumn.WINDOW_COUNT);
        BigDecimal points = row.number(ItemColumn.WINDOW_POINTS, NumberBound.TOTAL);
        if (window == null && !row.has(ItemColumn.WINDOW)
                && (row.has(ItemColumn.WINDOW_COUNT) || row.has(ItemColumn.WINDOW_POINTS))) {
            row.error(ItemColumn.WINDOW, "sheet.error.windowMissing");
        }
        return window == null ? null : new WindowCap(window, count, points);
    }

    /** Each constant of a list cell; a word that names none is reported and stands as null. */
    private static <E extends Enum<E>> List<E> choices(RowCells row, ItemColumn column, Class<E> type) {
        Set<E> out = new LinkedHashSet<>();
        List<E> wrong = new ArrayList<>();
        for (String word : ValueCells.list(row.text(column))) {
            E value = row.choice(column, word, type);
            if (value == null) {
                wrong.add(null);
            } else {
                out.add(value);
            }
        }
        List<E> all = new ArrayList<>(out);
        all.addAll(wrong);
        return all;
    }

    /** Ids named by id or by a name only one of them has; an unknown one is reported and stands as null. */
    private static <T> List<String> refs(RowCells row, ItemColumn column, List<T> known, Function<T, String> id,
            Function<T, String> name) {
        List<String> out = new ArrayList<>();
        for (String word : ValueCells.list(row.text(column))) {
            List<String> byId = known.stream().map(id).filter(word::equals).toList();
            List<String> byName = known.stream().filter(k -> Objects.equals(name.apply(k), word)).map(id).toList();
            String found = !byId.isEmpty() ? byId.getFirst() : byName.size() == 1 ? byName.getFirst() : null;
            if (found == null) {
                row.error(column, byName.size() > 1 ? "sheet.error.ambiguous" : "sheet.error.unknownRef", word);
            }
            if (!out.contains(found) || found == null) {
                out.add(found);
            }
        }
        return out;
    }
}
