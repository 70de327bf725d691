package io.jifen.scoring.result;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A number together with why it is what it is: the arithmetic in words ({@code formula}), the ledger entries it
 * came from and the rules applied. This is what a member sees when they ask "why 83.5?".
 *
 * <p>Built to be cheap at 100,000 members × 50 facts (issue 3, docs/performance.md): the formula may be given as a
 * {@link Supplier} that renders the text from its operands only when asked ({@link #lazy}); fact ids given as
 * {@link FactIds} are shared as they are (they are immutable and distinct by construction), and an already
 * immutable, distinct list of rules is kept rather than copied. Any other list is copied with duplicates removed,
 * first occurrence first, as before. Equality and {@code toString} are those of the former record (value, formula,
 * fact ids, rules).
 */
public final class Explained {

    private final BigDecimal value;
    private final Object formula; // String, or Supplier<String> rendered on demand
    private final List<String> factIds;
    private final List<RuleRef> rules;

    public Explained(BigDecimal value, String formula, List<String> factIds, List<RuleRef> rules) {
        this(value, (Object) formula, factIds, rules);
    }

    private Explained(BigDecimal value, Object formula, List<String> factIds, List<RuleRef> rules) {
        this.value = Objects.requireNonNull(value, "value");
        this.formula = formula;
        this.factIds = factIds instanceof FactIds shared ? shared : distinct(factIds);
        this.rules = distinct(rules);
    }

    public static Explained of(BigDecimal value, String formula, List<String> factIds, RuleRef... rules) {
        return new Explained(value, formula, factIds, List.of(rules));
    }

    /**
     * @param formula renders the arithmetic in words from immutable operands, each time {@link #formula()} is called
     *                (nothing is cached, so an unread explanation costs only its operands)
     */
    public static Explained lazy(BigDecimal value, Supplier<String> formula, List<String> factIds,
            List<RuleRef> rules) {
        return new Explained(value, (Object) Objects.requireNonNull(formula, "formula"), factIds, rules);
    }

    public BigDecimal value() {
        return value;
    }

    @SuppressWarnings("unchecked")
    public String formula() {
        return formula instanceof Supplier<?> s ? ((Supplier<String>) s).get() : (String) formula;
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
        return o instanceof Explained x && value.equals(x.value) && Objects.equals(formula(), x.formula())
                && factIds.equals(x.factIds) && rules.equals(x.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, formula(), factIds, rules);
    }

    @Override
    public String toString() {
        return "Explained[value=" + value + ", formula=" + formula() + ", factIds=" + factIds + ", rules=" + rules
                + "]";
    }
}
