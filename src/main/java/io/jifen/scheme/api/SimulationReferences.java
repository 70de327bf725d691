package io.jifen.scheme.api;

import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scoring.Fact;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a simulation request must agree on with its scheme: members of a class the scheme knows, facts of an item it
 * has, with an option and a value the item's value rule accepts. The engine would merely list a bad fact as
 * "ignored"; a caller testing a scheme needs to hear that the fact itself is wrong.
 */
final class SimulationReferences {

    private final List<ValidationIssue> issues = new ArrayList<>();

    private SimulationReferences() {
    }

    static List<ValidationIssue> check(SchemeVersion scheme, SimulationInput input) {
        SimulationReferences check = new SimulationReferences();
        Set<String> classes = scheme.memberClasses().stream().map(c -> c.id()).collect(Collectors.toSet());
        Map<String, Item> items = scheme.items().stream().collect(Collectors.toMap(Item::id, Function.identity(),
                (a, b) -> a));
        for (int i = 0; i < input.members.size(); i++) {
            String classId = input.members.get(i).classId();
            if (!classes.contains(classId)) {
                check.issues.add(ValidationIssue.error("$.members[" + input.memberIndex.get(i) + "].classId",
                        "api.simulation.unknownClass", classId));
            }
        }
        for (int i = 0; i < input.facts.size(); i++) {
            Fact fact = input.facts.get(i);
            String path = "$.facts[" + input.factIndex.get(i) + "]";
            if (fact.isAssignedTier()) {
                check.tier(scheme, fact.tier(), path);
                continue;
            }
            Item item = items.get(fact.itemId());
            if (item == null) {
                check.issues.add(ValidationIssue.error(path + ".itemId", "api.simulation.unknownItem", fact.itemId()));
            } else {
                check.value(item.value(), fact, path);
            }
        }
        return check.issues;
    }

    /** Rule 5: the tier scheme and its tier must exist. */
    private void tier(SchemeVersion scheme, Fact.AssignedTier tier, String path) {
        var ts = scheme.tierScheme(tier.tierSchemeId());
        if (ts.isEmpty()) {
            issues.add(ValidationIssue.error(path + ".tierSchemeId", "api.simulation.unknownTierScheme",
                    tier.tierSchemeId()));
        } else if (ts.get().tiers().stream().noneMatch(t -> t.id().equals(tier.tierId()))) {
            issues.add(ValidationIssue.error(path + ".tierId", "api.simulation.unknownTier", tier.tierId(),
                    ts.get().name()));
        }
    }

    private void value(ValueRule rule, Fact fact, String path) {
        switch (rule) {
            case ValueRule.Fixed fixed -> {
                if (fact.option() != null) {
                    issues.add(ValidationIssue.error(path + ".option", "api.simulation.noOption"));
                }
                if (fact.value() != null && fact.value().compareTo(fixed.points()) != 0) {
                    issues.add(ValidationIssue.error(path + ".value", "api.simulation.fixedValue",
                            fixed.points().toPlainString()));
                }
            }
            case ValueRule.ReviewerRange range -> {
                if (fact.option() != null) {
                    issues.add(ValidationIssue.error(path + ".option", "api.simulation.noOption"));
                }
                inRange(fact.value(), range.min(), range.max(), path);
            }
            case ValueRule.ByOption byOption -> option(byOption, fact, path);
        }
    }

    private void option(ValueRule.ByOption rule, Fact fact, String path) {
        ValueOption option = fact.option() == null ? null : rule.option(fact.option()).orElse(null);
        if (option == null) {
            issues.add(ValidationIssue.error(path + ".option", "api.simulation.unknownOption",
                    String.valueOf(fact.option()),
                    rule.options().stream().map(ValueOption::code).collect(Collectors.joining(", "))));
        } else if (!option.isFixed() || fact.value() != null) {
            inRange(fact.value(), option.min(), option.max(), path);
        }
    }

    private void inRange(BigDecimal value, BigDecimal min, BigDecimal max, String path) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            issues.add(ValidationIssue.error(path + ".value", "api.simulation.valueRange", min.toPlainString(),
                    max.toPlainString()));
        }
    }
}
