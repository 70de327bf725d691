package io.jifen.scoring.result;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A number together with why it is what it is: the arithmetic as a {@link Phrase} (a message key with typed operands,
 * rendered in the user's language at the edge), the ledger entries it came from and the rules applied. This is what a
 * member sees when they ask "why 83.5?".
 *
 * <p>Built to be cheap at 100,000 members × 50 facts (issue 3, docs/performance.md): the explanation may be given as
 * a {@link Supplier} that builds the phrase from its operands only when asked ({@link #lazy}); fact ids given as
 * {@link FactIds} are shared as they are (they are immutable and distinct by construction), and an already
 * immutable, distinct list of rules is kept rather than copied. Any other list is copied with duplicates removed,
 * first occurrence first, as before. Equality and {@code toString} are those of a record (value, explanation,
 * fact ids, rules); {@code toString} is for logs, never for users.
 */
public final class Explained {

    private final BigDecimal value;
    private final Object explanation; // Phrase, or Supplier<Phrase> built on demand
    private final List<String> factIds;
    private final List<RuleRef> rules;

    public Explained(BigDecimal value, Phrase explanation, List<String> factIds, List<RuleRef> rules) {
        this(value, (Object) Objects.requireNonNull(explanation, "explanation"), factIds, rules);
    }

    private Explained(BigDecimal value, Object explanation, List<String> factIds, List<RuleRef> rules) {
        this.value = Objects.requireNonNull(value, "value");
        this.explanation = explanation;
        this.factIds = factIds instanceof FactIds shared ? shared : distinct(factIds);
        this.rules = distinct(rules);
    }

    public static Explained of(BigDecimal value, Phrase explanation, List<String> factIds, RuleRef... rules) {
        return new Explained(value, explanation, factIds, List.of(rules));
    }

    /**
     * @param explanation builds the phrase from immutable operands, each time {@link #explanation()} is called
     *                (nothing is cached, so an unread explanation costs only its operands)
     */
    public static Explained lazy(BigDecimal value, Supplier<Phrase> explanation, List<String> factIds,
            List<RuleRef> rules) {
        return new Explained(value, (Object) Objects.requireNonNull(explanation, "explanation"), factIds, rules);
    }

    public BigDecimal value() {
        return value;
    }

    @SuppressWarnings("unchecked")
    public Phrase explanation() {
        return explanation instanceof Supplier<?> s ? ((Supplier<Phrase>) s).get() : (Phrase) explanation;
    }

    public List<String> factIds() {
        return factIds;
    }

    public List<RuleRef> rules() {
        return rules;
    }

    /** An immutable copy without duplicates (first occurrence first); the list itself when it already is one. */
    private static <T> List<T> distinct(List<T> list) {
        if (list == null) {
            return List.of();
        }
        List<T> copy = List.copyOf(list); // the same instance when the list is already immutable
        int n = copy.size();
        if (n < 2) {
            return copy;
        }
        if (n <= 8) {
            for (int i = 1; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    if (copy.get(i).equals(copy.get(j))) {
                        return List.copyOf(new LinkedHashSet<>(copy));
                    }
                }
            }
            return copy;
        }
        return new HashSet<>(copy).size() == n ? copy : List.copyOf(new LinkedHashSet<>(copy));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Explained x && value.equals(x.value) && explanation().equals(x.explanation())
                && factIds.equals(x.factIds) && rules.equals(x.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, explanation(), factIds, rules);
    }

    @Override
    public String toString() {
        return "Explained[value=" + value + ", explanation=" + explanation() + ", factIds=" + factIds + ", rules="
                + rules + "]";
    }
}
