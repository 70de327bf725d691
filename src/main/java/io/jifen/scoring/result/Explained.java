package io.jifen.scoring.result;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A number together with why it is what it is: the arithmetic in words ({@code formula}), the ledger entries it
 * came from and the rules applied. This is what a member sees when they ask "why 83.5?".
 */
public record Explained(BigDecimal value, String formula, List<String> factIds, List<RuleRef> rules) {

    public Explained {
        Objects.requireNonNull(value, "value");
        factIds = List.copyOf(new LinkedHashSet<>(factIds == null ? List.of() : factIds));
        rules = List.copyOf(new LinkedHashSet<>(rules == null ? List.of() : rules));
    }

    public static Explained of(BigDecimal value, String formula, List<String> factIds, RuleRef... rules) {
        return new Explained(value, formula, factIds, List.of(rules));
    }
}
