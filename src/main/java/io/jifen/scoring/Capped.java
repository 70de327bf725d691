package io.jifen.scoring;

import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.FactIds;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.RuleRef;
import io.jifen.scoring.result.RuleRef.Kind;
import java.math.BigDecimal;
import java.util.List;

/** The total cap of a period rule applied to a raw total; what it cuts off becomes reward points if the rule says so. */
record Capped(Explained total, Explained overflow, Explained reward) {

    static Capped apply(PeriodRule rule, Explained raw, Rules rules) {
        BigDecimal cap = rule.totalCap();
        RuleRef ref = RuleRef.of(Kind.TOTAL_CAP, "periodRule");
        List<RuleRef> refs = rules.of(ref);
        List<String> facts = raw.factIds(); // shared as they are (FactIds), not copied
        if (cap == null || raw.value().compareTo(cap) <= 0) {
            Phrase why = cap == null ? Phrase.of("total.noCap") : Phrase.of("total.withinCap", cap);
            return new Capped(Explained.lazy(raw.value(), () -> Phrase.of("total.then", raw.explanation(), why),
                    facts, refs), new Explained(Points.ZERO, why, FactIds.empty(), refs),
                    new Explained(Points.ZERO, Phrase.of("reward.none"), FactIds.empty(), refs));
        }
        BigDecimal over = Points.share(raw.value().subtract(cap));
        Explained total = Explained.lazy(cap, () -> Phrase.of("total.capped", raw.explanation(), cap), facts,
                rules.of(concat(raw.rules(), ref)));
        Explained overflow = Explained.lazy(over, () -> Phrase.of("difference", raw.value(), cap, over), facts, refs);
        Explained reward = rule.overflowAsReward()
                ? Explained.lazy(over, () -> Phrase.of("reward.kept", cap, over), facts, refs)
                : new Explained(Points.ZERO, Phrase.of("reward.dropped", cap), facts, refs);
        return new Capped(total, overflow, reward);
    }

    /** {@code a} then {@code b}, without repeating {@code b} when {@code a} already has it (as the copy used to). */
    private static RuleRef[] concat(List<RuleRef> a, RuleRef b) {
        var l = new java.util.ArrayList<>(a);
        if (!l.contains(b)) {
            l.add(b);
        }
        return l.toArray(RuleRef[]::new);
    }
}
