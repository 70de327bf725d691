package io.jifen.scoring;

import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.RuleRef;
import io.jifen.scoring.result.RuleRef.Kind;
import io.jifen.scoring.result.TierResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Tiers for a score: the best tier whose threshold the score reaches, or the lowest tier on a veto. */
final class Grading {

    private Grading() {
    }

    static List<TierResult> tiers(SchemeVersion scheme, Rules rules, Level level, Explained score, boolean veto,
            List<String> vetoFactIds) {
        List<TierResult> out = new ArrayList<>();
        for (TierScheme ts : scheme.tierSchemes()) {
            if (!ts.levels().contains(level)) {
                continue;
            }
            if (veto) {
                Tier t = ts.lowest();
                List<String> facts = new ArrayList<>(vetoFactIds);
                out.add(new TierResult(ts.id(), t.id(), t.name(), true, Explained.of(score.value(),
                        Phrase.of("tier.veto", List.copyOf(vetoFactIds), t.name(), score.value()), facts,
                        RuleRef.of(Kind.VETO, ts.id()),
                        RuleRef.of(Kind.TIER, t.id()))));
                continue;
            }
            Tier t = ts.tierFor(score.value());
            Supplier<Phrase> why = t.min() == null
                    ? () -> Phrase.of("tier.belowAll", score.value(), t.name())
                    : () -> Phrase.of("tier.atLeast", score.value(), t.min(), t.name());
            out.add(new TierResult(ts.id(), t.id(), t.name(), false,
                    Explained.lazy(score.value(), why, score.factIds(), rules.of(RuleRef.of(Kind.TIER, t.id())))));
        }
        return out;
    }

    /** A tier's own name in the scheme, for explanations; its id when the scheme does not know it. */
    static String tierName(SchemeVersion scheme, String tierSchemeId, String tierId) {
        return scheme.tierScheme(tierSchemeId).flatMap(ts -> ts.tiers().stream()
                .filter(t -> t.id().equals(tierId)).findFirst()).map(Tier::name).orElse(tierId);
    }
}
