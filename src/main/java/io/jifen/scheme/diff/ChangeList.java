package io.jifen.scheme.diff;

import io.jifen.scoring.result.Phrase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** The changes found so far, and the two moves every part of the diff makes: compare a field, match nodes by id. */
final class ChangeList {

    private final List<Phrase> changes = new ArrayList<>();

    void add(String key, Object... operands) {
        changes.add(Words.phrase(key, operands));
    }

    /**
     * One line "{subject} {field}: old → new" when the field differs; values are put into words by {@code words}.
     *
     * @param key the line's key, whose operands are subject, field label, old value, new value
     */
    <T> void field(String key, Object subject, String field, T from, T to, Function<T, Object> words) {
        if (!same(from, to)) {
            add(key, subject, Words.field(field), words.apply(from), words.apply(to));
        }
    }

    List<Phrase> list() {
        return List.copyOf(changes);
    }

    /** Equal values; decimals compare by value (a weight of 0.5 is a weight of 0.50). */
    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    /**
     * Nodes matched by id: those only in {@code from} were removed, those only in {@code to} added, the rest are
     * compared. Removals come first, then the new version's nodes in its order.
     */
    static <T> void match(List<T> from, List<T> to, Function<T, String> id, Consumer<T> removed, Consumer<T> added,
                          BiConsumer<T, T> both) {
        Map<String, T> before = new HashMap<>();
        from.forEach(n -> before.put(id.apply(n), n));
        Map<String, T> after = new HashMap<>();
        to.forEach(n -> after.put(id.apply(n), n));
        from.stream().filter(n -> !after.containsKey(id.apply(n))).forEach(removed);
        for (T n : to) {
            T old = before.get(id.apply(n));
            if (old == null) {
                added.accept(n);
            } else {
                both.accept(old, n);
            }
        }
    }
}
