package io.jifen.scheme.sheet;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.SchemeVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The categories a draft's rows may sit in, by id and by path of names ({@code 日常行为积分 / 学习教育}). For an
 * extension these are the parent's categories overridden by the draft's own, so that a branch's item under the
 * parent's 个性基础项 shows (and is read back) under that path.
 */
final class CategoryPaths {

    static final String SEPARATOR = " / ";

    private final Map<String, Category> byId = new LinkedHashMap<>();

    CategoryPaths(SchemeVersion draft, SchemeVersion parent) {
        this(parent == null ? List.of() : parent.categories(), draft.categories());
    }

    CategoryPaths(Collection<Category> inherited, Collection<Category> own) {
        inherited.forEach(c -> byId.put(c.id(), c));
        own.forEach(c -> byId.put(c.id(), c));
    }

    /** The category with this id, the draft's own before the parent's. */
    Category get(String id) {
        return byId.get(id);
    }

    /** The names from the top category down to this one; a broken parent chain ends where it breaks. */
    List<String> path(String categoryId) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Category c = byId.get(categoryId); c != null && seen.add(c.id()); c = byId.get(c.parentId())) {
            names.addFirst(c.name() == null ? "" : c.name());
        }
        return names.isEmpty() ? List.of(categoryId) : names;
    }

    String text(String categoryId) {
        return String.join(SEPARATOR, path(categoryId));
    }

    /** Every known category by its path key ({@link #key}); the later of two equal paths wins. */
    Map<String, String> idsByPath() {
        Map<String, String> ids = new LinkedHashMap<>();
        byId.keySet().forEach(id -> ids.put(key(path(id)), id));
        return ids;
    }

    /** The segments of a path cell; {@code /} and the full-width {@code ／} both separate. */
    static List<String> split(String cell) {
        List<String> segments = new ArrayList<>();
        for (String s : cell.split("[/／]")) {
            segments.add(s.strip());
        }
        return segments;
    }

    /** Two paths are the same whatever spacing the user typed around the separators. */
    static String key(List<String> segments) {
        return String.join("/", segments.stream().map(String::strip).toList());
    }
}
