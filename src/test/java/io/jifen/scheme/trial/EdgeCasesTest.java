package io.jifen.scheme.trial;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Results;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated edge cases on S9 (company scheme with the first branch's extension merged, as the engine takes it):
 * quarterly stars 五星 ≥ 90, 四星 ≥ 80, 三星 ≥ 70, 二星 ≥ 60, else 一星. Each threshold is hit exactly, one point
 * below lands in the next lower star, and every generated case passes on the scheme it came from.
 */
class EdgeCasesTest {

    private static final SchemeVersion S9 = SchemeResolver.resolve(SchemeTemplates.load("s09-gongsi-wuxing").scheme(),
            SchemeTemplates.load("s09-gongsi-zhibu").scheme()).effective();
    private static final LocalDate DAY = LocalDate.of(2025, 5, 1);

    @Test
    void eachStarThresholdIsHitExactlyAndOnePointBelowIsTheNextStar() {
        List<EdgeCases.Generated> generated = EdgeCases.generate(S9, DAY);
        TierScheme stars = S9.tierScheme("S9-STARS").orElseThrow();
        Period q1 = Period.quarter(2025, 1);
        // thresholds 90, 80, 70, 60 (and 89, 79, 69, 59 below them) in the first quarter of 2025
        for (int i = 0; i < stars.tiers().size() - 1; i++) {
            BigDecimal threshold = stars.tiers().get(i).min();
            for (BigDecimal target : List.of(threshold, threshold.subtract(BigDecimal.ONE))) {
                EdgeCases.Generated g = generated.stream().filter(x -> x.labelArguments().contains(stars.name())
                        && x.labelArguments().contains(target)).findFirst().orElseThrow(
                                () -> new AssertionError("no case for " + target));
                Expectation e = g.trialCase().expectations().getFirst();
                assertThat(e.level()).isEqualTo(Level.PERIOD);
                assertThat(e.total()).isEqualByComparingTo(target);
                String expectedTier = target.equals(threshold) ? stars.tiers().get(i).id()
                        : stars.tiers().get(i + 1).id();
                assertThat(e.tierId()).isEqualTo(expectedTier);
                Results r = TrialRun.run(S9, g.trialCase().input());
                PeriodResult p = r.member(EdgeCases.MEMBER_ID).period(q1).orElseThrow();
                assertThat(p.total().value()).isEqualByComparingTo(target);
                assertThat(p.tier("S9-STARS").orElseThrow().tierId()).isEqualTo(expectedTier);
            }
        }
        assertThat(generated).allSatisfy(g -> assertThat(Expectations.check(null, S9, g.trialCase()).passed())
                .as(g.labelKey() + " " + g.labelArguments()).isTrue());
    }
}
