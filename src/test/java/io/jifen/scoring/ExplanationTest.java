package io.jifen.scoring;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.RuleRef;
import io.jifen.scoring.result.RuleRef.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every number carries its entries and rules, so a member can be told why. */
class ExplanationTest {

    @Test
    void cappedNumbersNameTheCapThatCutThem() {
        SchemeVersion s = Mini.scheme(Mini.cap(null, "4"), Mini.itemCap(5, null), Mini.cap(null, null),
                Mini.quarterly(RollUp.SUM, "52", true));
        Period q1 = Period.quarter(2025, 1);
        List<Fact> f = List.of(Fact.of("e1", "M", "B", parse("2025-01-02")).times(4),
                Fact.of("e2", "M", "B", parse("2025-01-03")).times(4)); // 8 occurrences, count cap 5
        PeriodResult p = ScoringEngine.evaluate(s, List.of(ScoredMember.of("M", "U", "C")), f, q1).member("M")
                .period(q1).orElseThrow();

        var item = p.item("B").orElseThrow();
        assertThat(item.raw().value()).isEqualByComparingTo("8");
        assertThat(item.capped().value()).isEqualByComparingTo("5");
        assertThat(item.capped().rules()).contains(RuleRef.of(Kind.ITEM_COUNT_CAP, "B"));
        assertThat(Say.en(item.capped())).contains("1 × 4 [e1] + 1 × 4 [e2] = 8", "count cap 5 of 8 → 5");

        var bonus = p.category("BON").orElseThrow();
        assertThat(bonus.capped().value()).isEqualByComparingTo("4");
        assertThat(bonus.capped().rules()).contains(RuleRef.of(Kind.CATEGORY_CAP, "BON"));
        assertThat(bonus.overflow().value()).isEqualByComparingTo("1");

        // 50 + 4 = 54 → total cap 52, 2 reward points
        assertThat(p.total().value()).isEqualByComparingTo("52");
        assertThat(p.total().rules()).contains(RuleRef.of(Kind.TOTAL_CAP, "periodRule"),
                RuleRef.of(Kind.MEMBER_CLASS, "C"));
        assertThat(p.rewardPoints().value()).isEqualByComparingTo("2");
        assertThat(p.total().factIds()).containsExactly("e1", "e2");
        assertThat(p.tier("T").orElseThrow().basis().rules()).contains(RuleRef.of(Kind.TIER, "FAIL"));
        assertThat(p.rankInOrganization().position()).isEqualTo(1);
    }
}
