package io.jifen.scoring;

import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.result.AssignedTierResult;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.RuleRef;
import io.jifen.scoring.result.RuleRef.Kind;
import io.jifen.scoring.result.TierResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rule 5: the tiers an assembly gave an exempt member directly (S6 卧床不起… 经支部党员大会评议后直接确定档次). A
 * tier fact grades its tier scheme at each level the scheme grades, in the period / interim period / evaluation year
 * of its date; a later fact for the same slot replaces an earlier one (the assembly corrected itself).
 */
final class AssignedTiers {

    private AssignedTiers() {
    }

    /** @param facts the member's tier facts, checked by triage (known tier scheme and tier), in (date, id) order */
    static List<AssignedTierResult> of(SchemeIndex index, List<Period> assessed, List<Fact> facts) {
        PeriodRule rule = index.scheme.periodRule();
        Map<List<Object>, AssignedTierResult> slots = new LinkedHashMap<>();
        for (Fact f : facts) {
            TierScheme ts = index.scheme.tierScheme(f.tier().tierSchemeId()).orElseThrow();
            Tier t = ts.tiers().stream().filter(x -> x.id().equals(f.tier().tierId())).findFirst().orElseThrow();
            for (Level level : Level.values()) {
                Period slot = ts.levels().contains(level) ? slot(rule, assessed, level, f) : null;
                if (slot != null) {
                    TierResult tier = new TierResult(ts.id(), t.id(), t.name(), false, Explained.of(Points.ZERO,
                            Phrase.of("tier.assigned", t.name(), f.id(), f.date()), List.of(f.id()),
                            RuleRef.of(Kind.ASSIGNED_TIER, ts.id()), RuleRef.of(Kind.TIER, t.id())));
                    slots.put(List.of(level, slot, ts.id()), new AssignedTierResult(level, slot, tier));
                }
            }
        }
        return new ArrayList<>(slots.values());
    }

    private static Period slot(PeriodRule rule, List<Period> assessed, Level level, Fact f) {
        return switch (level) {
            case PERIOD -> assessed.stream().filter(p -> p.contains(f.date())).findFirst().orElse(null);
            case INTERIM -> rule.interimUnit() == null ? null
                    : rule.interimUnit().windowOf(f.date(), rule.yearStartMonth());
            case YEAR -> rule.evaluationYearOf(f.date());
        };
    }

    /** True when the fact names a tier scheme of the scheme and one of its tiers. */
    static boolean known(SchemeIndex index, Fact f) {
        return index.scheme.tierScheme(f.tier().tierSchemeId())
                .map(ts -> ts.tiers().stream().anyMatch(t -> Objects.equals(t.id(), f.tier().tierId())))
                .orElse(false);
    }
}
