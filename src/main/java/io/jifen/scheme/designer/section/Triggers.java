package io.jifen.scheme.designer.section;

import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.ConsequenceTrigger.AtOrBelowTier;
import io.jifen.scoring.model.ConsequenceTrigger.BottomN;
import io.jifen.scoring.model.ConsequenceTrigger.ConsecutiveAtOrBelow;
import io.jifen.scoring.model.ConsequenceTrigger.NthTimeAtOrBelow;
import io.jifen.scoring.model.ConsequenceTrigger.RankScope;
import io.jifen.scoring.model.ConsequenceTrigger.TopN;
import java.util.List;

/** The kinds of consequence trigger as a form edits them: one count, one scope or one tier at a time. */
final class Triggers {

    static final List<String> TYPES = List.of("BottomN", "TopN", "AtOrBelowTier", "ConsecutiveAtOrBelow",
            "NthTimeAtOrBelow");

    private Triggers() {
    }

    static String type(ConsequenceTrigger t) {
        return t.getClass().getSimpleName();
    }

    /** A new trigger of a kind, on the given scale's tier; ranks default to the bottom 3 of the organization. */
    static ConsequenceTrigger fresh(String type, String scale, String tier) {
        return switch (type) {
            case "TopN" -> new TopN(10, RankScope.ORGANIZATION);
            case "AtOrBelowTier" -> new AtOrBelowTier(scale, tier);
            case "ConsecutiveAtOrBelow" -> new ConsecutiveAtOrBelow(scale, tier, 2);
            case "NthTimeAtOrBelow" -> new NthTimeAtOrBelow(scale, tier, 1);
            default -> new BottomN(3, RankScope.ORGANIZATION);
        };
    }

    /** n of a rank trigger, times or nth of a tier trigger. */
    static Integer count(ConsequenceTrigger t) {
        return switch (t) {
            case BottomN b -> b.n();
            case TopN x -> x.n();
            case ConsecutiveAtOrBelow c -> c.times();
            case NthTimeAtOrBelow n -> n.nth();
            case AtOrBelowTier a -> null;
        };
    }

    static ConsequenceTrigger withCount(ConsequenceTrigger t, int count) {
        return switch (t) {
            case BottomN b -> new BottomN(count, b.scope());
            case TopN x -> new TopN(count, x.scope());
            case ConsecutiveAtOrBelow c -> new ConsecutiveAtOrBelow(c.tierSchemeId(), c.tierId(), count);
            case NthTimeAtOrBelow n -> new NthTimeAtOrBelow(n.tierSchemeId(), n.tierId(), count);
            case AtOrBelowTier a -> a;
        };
    }

    /** The path segment of the count: {@code n}, {@code times} or {@code nth}. */
    static String countField(ConsequenceTrigger t) {
        return switch (t) {
            case ConsecutiveAtOrBelow c -> "times";
            case NthTimeAtOrBelow n -> "nth";
            default -> "n";
        };
    }

    static RankScope scope(ConsequenceTrigger t) {
        return switch (t) {
            case BottomN b -> b.scope();
            case TopN x -> x.scope();
            default -> null;
        };
    }

    static ConsequenceTrigger withScope(ConsequenceTrigger t, RankScope scope) {
        return switch (t) {
            case BottomN b -> new BottomN(b.n(), scope);
            case TopN x -> new TopN(x.n(), scope);
            default -> t;
        };
    }

    static String tierScheme(ConsequenceTrigger t) {
        return switch (t) {
            case AtOrBelowTier a -> a.tierSchemeId();
            case ConsecutiveAtOrBelow c -> c.tierSchemeId();
            case NthTimeAtOrBelow n -> n.tierSchemeId();
            default -> null;
        };
    }

    static String tier(ConsequenceTrigger t) {
        return switch (t) {
            case AtOrBelowTier a -> a.tierId();
            case ConsecutiveAtOrBelow c -> c.tierId();
            case NthTimeAtOrBelow n -> n.tierId();
            default -> null;
        };
    }

    static ConsequenceTrigger withTier(ConsequenceTrigger t, String scale, String tier) {
        return switch (t) {
            case AtOrBelowTier a -> new AtOrBelowTier(scale, tier);
            case ConsecutiveAtOrBelow c -> new ConsecutiveAtOrBelow(scale, tier, c.times());
            case NthTimeAtOrBelow n -> new NthTimeAtOrBelow(scale, tier, n.nth());
            default -> t;
        };
    }

    static boolean ranks(ConsequenceTrigger t) {
        return t instanceof BottomN || t instanceof TopN;
    }
}
