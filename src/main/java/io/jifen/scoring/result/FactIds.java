package io.jifen.scoring.result;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * An immutable list of distinct fact ids that is shared, not copied, as numbers are added up: a category's ids are
 * a view over its items' and sub-categories' ids, a period's over its categories', and a capped total shares the
 * raw total's. {@link Explained} keeps a {@code FactIds} as it is. Behaves as any unmodifiable {@link List}
 * (equals, hashCode, toString), so callers see no difference from a copied list.
 *
 * <p>Distinctness is the creator's promise for {@link #concat}: the engine only concatenates the ids of disjoint
 * sets of facts of one member, and falls back to {@link #distinctConcat} (a de-duplicated copy) when a member's
 * ledger repeats an id.
 */
public final class FactIds extends AbstractList<String> implements RandomAccess {

    private static final FactIds EMPTY = new FactIds(new String[0], 0, null);

    private final String[] ids; // a leaf: the first `size` entries (null for a concatenation)
    private final FactIds[] parts; // a concatenation (null for a leaf)
    private final int size;

    private FactIds(String[] ids, int size, FactIds[] parts) {
        this.ids = ids;
        this.size = size;
        this.parts = parts;
    }

    public static FactIds empty() {
        return EMPTY;
    }

    /** The first {@code size} ids of an array the caller hands over and no longer changes; de-duplicated. */
    public static FactIds leaf(String[] ids, int size) {
        if (size == 0) {
            return EMPTY;
        }
        List<String> view = Arrays.asList(ids).subList(0, size);
        boolean repeated = false;
        if (size <= 16) {
            for (int i = 1; i < size && !repeated; i++) {
                for (int j = 0; j < i && !repeated; j++) {
                    repeated = ids[i].equals(ids[j]);
                }
            }
        } else {
            repeated = new HashSet<>(view).size() != size;
        }
        if (!repeated) {
            return new FactIds(ids, size, null);
        }
        String[] d = new LinkedHashSet<>(view).toArray(String[]::new);
        return new FactIds(d, d.length, null);
    }

    /** Concatenation of lists the caller knows to be disjoint; shares them instead of copying. */
    public static FactIds concat(List<FactIds> lists) {
        List<FactIds> nonEmpty = new ArrayList<>(lists.size());
        int n = 0;
        for (FactIds l : lists) {
            if (!l.isEmpty()) {
                nonEmpty.add(l);
                n += l.size;
            }
        }
        return switch (nonEmpty.size()) {
            case 0 -> EMPTY;
            case 1 -> nonEmpty.getFirst();
            default -> new FactIds(null, n, nonEmpty.toArray(FactIds[]::new));
        };
    }

    /** Concatenation without duplicates (first occurrence first), copied: for lists that may overlap. */
    public static FactIds distinctConcat(List<? extends List<String>> lists) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        lists.forEach(all::addAll);
        String[] a = all.toArray(String[]::new);
        return a.length == 0 ? EMPTY : new FactIds(a, a.length, null);
    }

    /** The ids as a {@code FactIds}: itself when it is one, else a de-duplicated copy. */
    public static FactIds of(List<String> ids) {
        return ids instanceof FactIds f ? f : distinctConcat(List.of(ids));
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        FactIds node = this;
        int i = index;
        while (node.parts != null) {
            for (FactIds p : node.parts) {
                if (i < p.size) {
                    node = p;
                    break;
                }
                i -= p.size;
            }
        }
        return node.ids[i];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEach(Consumer<? super String> action) {
        if (parts == null) {
            for (int i = 0; i < size; i++) {
                action.accept(ids[i]);
            }
        } else {
            for (FactIds p : parts) {
                p.forEach(action);
            }
        }
    }

    @Override
    public Object[] toArray() {
        Object[] a = new Object[size];
        int[] i = {0};
        forEach(s -> a[i[0]++] = s);
        return a;
    }
}
