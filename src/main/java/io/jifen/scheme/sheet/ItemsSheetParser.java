package io.jifen.scheme.sheet;

import io.jifen.scheme.sheet.ItemsWorkbookReader.SheetRow;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the rows of an items workbook into the categories and items of a draft, or into the list of every problem.
 * Paths of names place the rows: a category row's path ends with its own name, an item row's path is its category's.
 * A row without id is new and gets one. The 排序 column orders siblings; the position of a row in the file does not
 * matter, so a category keeps its place in the stored lists and a round trip gives back the same scheme.
 */
final class ItemsSheetParser {

    private final SheetText text;
    private final SchemeVersion draft;
    private final SchemeVersion parent;
    private final RowFields fields;
    private final List<SheetError> errors = new ArrayList<>();

    ItemsSheetParser(SheetText text, SchemeVersion draft, SchemeVersion parent) {
        this.text = text;
        this.draft = draft;
        this.parent = parent;
        this.fields = new RowFields(ItemsSheet.steps(draft, parent), ItemsSheet.classes(draft, parent));
    }

    ItemsImport parse(List<SheetRow> rows) {
        Map<SheetRow, String> ids = ids(rows);
        Map<String, String> sheetPaths = categoryPaths(rows, ids);
        Map<String, String> inherited = parent == null ? Map.of()
                : new CategoryPaths(parent.categories(), List.of()).idsByPath();
        List<Category> categories = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (SheetRow row : rows) {
            RowCells cells = new RowCells(row, text, errors);
            if (!wrongColumns(cells, row)) {
                continue;
            }
            List<String> path = CategoryPaths.split(row.get(ItemColumn.PATH));
            if (row.has(ItemColumn.ITEM)) {
                String category = find(cells, CategoryPaths.key(path), sheetPaths, inherited, "sheet.error.noCategory");
                Item item = fields.item(cells, ids.get(row), category == null ? "?" : category);
                if (item != null && category != null) {
                    items.add(item);
                }
            } else {
                String parentId = path.size() == 1 ? null : find(cells, CategoryPaths.key(path.subList(0,
                        path.size() - 1)), sheetPaths, inherited, "sheet.error.noParentCategory");
                Category category = fields.category(cells, ids.get(row), path.getLast(), parentId);
                if (category != null && (parentId != null || path.size() == 1)) {
                    categories.add(category);
                }
            }
        }
        errors.sort(Comparator.comparingInt(SheetError::rowNumber));
        return new ItemsImport(new ItemsTable(inStoredOrder(categories, draft.categories(), Category::id),
                inStoredOrder(items, draft.items(), Item::id)), List.copyOf(errors));
    }

    /** Every row's id: as typed, or a new one for a new row; an id used twice is reported on its second row. */
    private Map<SheetRow, String> ids(List<SheetRow> rows) {
        Set<String> taken = new HashSet<>();
        rows.forEach(r -> taken.add(r.get(ItemColumn.ID)));
        if (parent != null) {
            parent.categories().forEach(c -> taken.add(c.id()));
            parent.items().forEach(i -> taken.add(i.id()));
        }
        Map<SheetRow, String> ids = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int next = 1;
        for (SheetRow row : rows) {
            String id = row.get(ItemColumn.ID);
            if (id.isEmpty()) {
                String prefix = row.has(ItemColumn.ITEM) ? "I" : "C";
                while (taken.contains(prefix + next)) {
                    next++;
                }
                id = prefix + next;
                taken.add(id);
            } else if (!seen.add(id)) {
                new RowCells(row, text, errors).error(ItemColumn.ID, "sheet.error.idTwice", id);
            }
            ids.put(row, id);
        }
        return ids;
    }

    /** The sheet's own categories by path key; a path given twice is reported on its second row. */
    private Map<String, String> categoryPaths(List<SheetRow> rows, Map<SheetRow, String> ids) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (SheetRow row : rows) {
            if (!row.has(ItemColumn.ITEM) && row.has(ItemColumn.PATH)) {
                String key = CategoryPaths.key(CategoryPaths.split(row.get(ItemColumn.PATH)));
                if (paths.putIfAbsent(key, ids.get(row)) != null) {
                    new RowCells(row, text, errors).error(ItemColumn.PATH, "sheet.error.pathTwice",
                            row.get(ItemColumn.PATH));
                }
            }
        }
        return paths;
    }

    private static String find(RowCells row, String key, Map<String, String> sheet, Map<String, String> inherited,
            String errorKey) {
        String id = sheet.getOrDefault(key, inherited.get(key));
        if (id == null) {
            row.error(ItemColumn.PATH, errorKey, key.replace("/", CategoryPaths.SEPARATOR));
        }
        return id;
    }

    /** A filled cell in a column the row's kind does not have, or a path without a name, is refused. */
    private static boolean wrongColumns(RowCells row, SheetRow sheetRow) {
        boolean item = sheetRow.has(ItemColumn.ITEM);
        boolean ok = true;
        for (ItemColumn column : sheetRow.cells().keySet()) {
            if (!column.appliesTo(item)) {
                row.error(column, item ? "sheet.error.notForItem" : "sheet.error.notForCategory");
                ok = false;
            }
        }
        if (!sheetRow.has(ItemColumn.PATH)
                || CategoryPaths.split(sheetRow.get(ItemColumn.PATH)).stream().anyMatch(String::isEmpty)) {
            row.error(ItemColumn.PATH, "sheet.error.path");
            ok = false;
        }
        return ok;
    }

    /** Rows that were in the draft keep their place in its list; new rows follow in the order of the file. */
    private static <T> List<T> inStoredOrder(List<T> parsed, List<T> stored, java.util.function.Function<T, String> id) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            position.putIfAbsent(id.apply(stored.get(i)), i);
        }
        List<T> out = new ArrayList<>(parsed);
        out.sort(Comparator.comparingInt(t -> position.getOrDefault(id.apply(t), Integer.MAX_VALUE)));
        return out;
    }
}
