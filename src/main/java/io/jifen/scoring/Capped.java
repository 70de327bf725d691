package io.jifen.scoring;

import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.RuleRef;
import io.jifen.scoring.result.RuleRef.Kind;
import java.math.BigDecimal;
import java.util.List;

/** The total cap of a period rule applied to a raw total; what it cuts off becomes reward points if the rule says so. */
record Capped(Explained total, Explained overflow, Explained reward) {

    static Capped apply(PeriodRule rule, Explained raw) {
        BigDecimal cap = rule.totalCap();
        RuleRef ref = RuleRef.of(Kind.TOTAL_CAP, "periodRule");
        List<String> facts = raw.factIds();
        if (cap == null || raw.value().compareTo(cap) <= 0) {
            String why = cap == null ? "no total cap" : "within total cap " + cap.toPlainString();
            return new Capped(Explained.of(raw.value(), raw.formula() + "; " + why, facts, ref),
                    Explained.of(Points.ZERO, why, List.of(), ref),
                    Explained.of(Points.ZERO, "nothing above the total cap", List.of(), ref));
        }
        BigDecimal over = raw.value().subtract(cap);
        Explained total = new Explained(cap, raw.formula() + "; total cap " + cap.toPlainString() + " → "
                + cap.toPlainString(), facts, concat(raw.rules(), ref));
        Explained overflow = Explained.of(over, raw.value().toPlainString() + " − " + cap.toPlainString() + " = "
                + over.toPlainString(), facts, ref);
        Explained reward = rule.overflowAsReward()
                ? Explained.of(over, "overflow above " + cap.toPlainString() + " kept as reward points = "
                        + over.toPlainString(), facts, ref)
                : Explained.of(Points.ZERO, "overflow above the cap is dropped (not kept as reward)", facts, ref);
        return new Capped(total, overflow, reward);
    }

    private static List<RuleRef> concat(List<RuleRef> a, RuleRef b) {
        var l = new java.util.ArrayList<>(a);
        l.add(b);
        return l;
    }
}
