package io.jifen.scheme.sheet;

import io.jifen.scheme.sheet.SheetText.ValueType;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.Workflow.ReviewStep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the categories-and-items table of a draft: one row per category followed by its items, in the order the
 * designer's tree shows them (by {@code order}, then as stored), each value in the words the reader takes back.
 */
final class ItemsWorkbookWriter {

    private final SheetText text;
    private final SchemeVersion draft;
    private final SchemeVersion parent;
    private final CategoryPaths paths;
    private final Map<String, List<Category>> children = new java.util.HashMap<>();
    private final Map<String, List<Item>> itemsOf = new java.util.HashMap<>();
    private final Set<String> own = new HashSet<>();

    ItemsWorkbookWriter(SheetText text, SchemeVersion draft, SchemeVersion parent) {
        this.text = text;
        this.draft = draft;
        this.parent = parent;
        this.paths = new CategoryPaths(draft, parent);
        Map<String, Category> all = new java.util.LinkedHashMap<>();
        if (parent != null) {
            parent.categories().forEach(c -> all.put(c.id(), c));
        }
        draft.categories().forEach(c -> all.put(c.id(), c));
        draft.categories().forEach(c -> own.add(c.id()));
        all.values().forEach(c -> children.computeIfAbsent(all.containsKey(c.parentId()) ? c.parentId() : null,
                k -> new ArrayList<>()).add(c));
        draft.items().forEach(i -> itemsOf.computeIfAbsent(all.containsKey(i.categoryId()) ? i.categoryId() : null,
                k -> new ArrayList<>()).add(i));
    }

    byte[] write() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text.file("sheet.name"));
            header(workbook, sheet);
            CellStyle plain = workbook.createCellStyle();
            plain.setDataFormat(workbook.createDataFormat().getFormat("@"));
            plain.setWrapText(true);
            List<Map<ItemColumn, Object>> rows = new ArrayList<>();
            walk(null, rows, new HashSet<>());
            itemsOf.getOrDefault(null, List.of()).forEach(i -> rows.add(item(i)));
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r), plain);
            }
            help(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Depth first: a category, its items, then its sub-categories; the parent's categories only as places. */
    private void walk(String parentId, List<Map<ItemColumn, Object>> rows, Set<String> seen) {
        List<Category> kids = new ArrayList<>(children.getOrDefault(parentId, List.of()));
        kids.sort(Comparator.comparingInt(Category::order));
        for (Category c : kids) {
            if (!seen.add(c.id())) {
                continue;
            }
            if (own.contains(c.id())) {
                rows.add(category(c));
            }
            itemsOf.getOrDefault(c.id(), List.of()).stream().sorted(Comparator.comparingInt(Item::order))
                    .forEach(i -> rows.add(item(i)));
            walk(c.id(), rows, seen);
        }
    }

    private Map<ItemColumn, Object> category(Category c) {
        Map<ItemColumn, Object> row = new EnumMap<>(ItemColumn.class);
        row.put(ItemColumn.ID, c.id());
        row.put(ItemColumn.PATH, paths.text(c.id()));
        row.put(ItemColumn.KIND, text.label(c.kind()));
        row.put(ItemColumn.SIGN, text.label(c.sign()));
        put(row, ItemColumn.CAP_MIN, c.cap().min());
        put(row, ItemColumn.CAP_MAX, c.cap().max());
        row.put(ItemColumn.WEIGHT, c.weight());
        put(row, ItemColumn.BASE_SCORE, c.baseScore());
        put(row, ItemColumn.RHYTHM, c.rhythm() == null ? null : text.label(c.rhythm()));
        row.put(ItemColumn.OPEN, text.yesNo(c.openForExtension()));
        row.put(ItemColumn.LOCKED, text.yesNo(c.locked()));
        row.put(ItemColumn.ORDER, BigDecimal.valueOf(c.order()));
        return row;
    }

    private Map<ItemColumn, Object> item(Item i) {
        Map<ItemColumn, Object> row = new EnumMap<>(ItemColumn.class);
        row.put(ItemColumn.ID, i.id());
        row.put(ItemColumn.PATH, paths.text(i.categoryId()));
        row.put(ItemColumn.ITEM, i.name() == null ? "" : i.name());
        value(row, i.value());
        put(row, ItemColumn.PERIOD_COUNT, count(i.cap().maxCount()));
        put(row, ItemColumn.PERIOD_POINTS, i.cap().maxPoints());
        if (i.windowCap() != null) {
            row.put(ItemColumn.WINDOW, text.label(i.windowCap().window()));
            put(row, ItemColumn.WINDOW_COUNT, count(i.windowCap().maxCount()));
            put(row, ItemColumn.WINDOW_POINTS, i.windowCap().maxPoints());
        }
        row.put(ItemColumn.RECORDERS, labels(i.recordedBy()));
        row.put(ItemColumn.EVIDENCE, text.yesNo(i.evidenceRequired()));
        row.put(ItemColumn.STEPS, names(i.reviewStepIds(), steps(), ReviewStep::id, ReviewStep::name));
        row.put(ItemColumn.CLASSES, names(i.memberClassIds(), classes(), MemberClass::id, MemberClass::name));
        row.put(ItemColumn.STATUSES, labels(i.statuses()));
        row.put(ItemColumn.VETO, text.yesNo(i.veto()));
        row.put(ItemColumn.LOCKED, text.yesNo(i.locked()));
        row.put(ItemColumn.ORDER, BigDecimal.valueOf(i.order()));
        return row;
    }

    private void value(Map<ItemColumn, Object> row, ValueRule value) {
        switch (value) {
            case ValueRule.Fixed f -> {
                row.put(ItemColumn.VALUE_TYPE, text.label(ValueType.Fixed));
                row.put(ItemColumn.VALUE, f.points());
            }
            case ValueRule.ReviewerRange r -> {
                row.put(ItemColumn.VALUE_TYPE, text.label(ValueType.ReviewerRange));
                row.put(ItemColumn.VALUE, ValueCells.range(r.min(), r.max()));
            }
            case ValueRule.ByOption o -> {
                row.put(ItemColumn.VALUE_TYPE, text.label(ValueType.ByOption));
                row.put(ItemColumn.VALUE, String.join("\n", o.options().stream().map(ValueCells::option).toList()));
            }
        }
    }

    private List<ReviewStep> steps() {
        return ItemsSheet.steps(draft, parent);
    }

    private List<MemberClass> classes() {
        return ItemsSheet.classes(draft, parent);
    }

    /** Names where they identify one entry, ids where a name is shared (or the id is unknown). */
    private static <T> String names(Collection<String> ids, List<T> known, Function<T, String> id,
            Function<T, String> name) {
        List<String> out = new ArrayList<>();
        for (String wanted : ids.stream().sorted(Comparator.comparingInt(
                (String w) -> indexOf(known, id, w))).toList()) {
            T match = known.stream().filter(k -> id.apply(k).equals(wanted)).findFirst().orElse(null);
            String n = match == null ? null : name.apply(match);
            boolean unique = n != null && ValueCells.listSafe(n) && known.stream().filter(k -> n.equals(name.apply(k))).count() == 1
                    && known.stream().noneMatch(k -> n.equals(id.apply(k)) && k != match);
            out.add(unique ? n : wanted);
        }
        return String.join(ValueCells.LIST_SEPARATOR, out);
    }

    private static <T> int indexOf(List<T> known, Function<T, String> id, String wanted) {
        for (int i = 0; i < known.size(); i++) {
            if (id.apply(known.get(i)).equals(wanted)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private <E extends Enum<E>> String labels(Collection<E> values) {
        return String.join(ValueCells.LIST_SEPARATOR, values.stream().sorted().map(text::label).toList());
    }

    private static BigDecimal count(Integer count) {
        return count == null ? null : BigDecimal.valueOf(count);
    }

    private static void put(Map<ItemColumn, Object> row, ItemColumn column, Object value) {
        if (value != null) {
            row.put(column, value);
        }
    }

    private static void write(Row row, Map<ItemColumn, Object> values, CellStyle plain) {
        values.forEach((column, value) -> {
            Cell cell = row.createCell(column.ordinal());
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
                cell.setCellStyle(plain);
            }
        });
    }

    private void header(XSSFWorkbook workbook, Sheet sheet) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Row row = sheet.createRow(0);
        for (ItemColumn column : ItemColumn.values()) {
            Cell cell = row.createCell(column.ordinal());
            cell.setCellValue(text.file(column.titleKey()));
            cell.setCellStyle(style);
            sheet.setColumnWidth(column.ordinal(), column.width() * 256 * 2);
        }
        sheet.createFreezePane(3, 1);
    }

    /** A second sheet that says how to fill in the first; the reader ignores it. */
    private void help(XSSFWorkbook workbook) {
        Sheet help = workbook.createSheet(text.file("sheet.help.name"));
        help.setColumnWidth(0, 120 * 256);
        for (int i = 0; i < ItemsSheet.HELP_LINES; i++) {
            help.createRow(i).createCell(0).setCellValue(text.file("sheet.help." + (i + 1)));
        }
    }
}
