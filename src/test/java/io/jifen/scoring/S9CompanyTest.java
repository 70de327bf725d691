package io.jifen.scoring;

import static io.jifen.scoring.Fact.of;
import static io.jifen.scoring.Fact.value;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.scoring.inherit.Resolution;
import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Results;
import io.jifen.scoring.result.TriggeredConsequence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * S9 公司: 通用 60 (基础 55 + 加分 ≤5 − 否决 ≤20) + 个性 40 (基础 35 + 加分 ≤5 − 否决 ≤10) with the branch's own items
 * inside the 40; quarterly reset; annual = average of quarters; 优秀 eligibility; 二星 / 一星 → same-month talk.
 */
class S9CompanyTest {

    private static SchemeVersion effective;

    @BeforeAll
    static void resolve() {
        Resolution res = SchemeResolver.resolve(SeedFixtures.s9(), SeedFixtures.s9Branch());
        assertThat(res.violations()).isEmpty();
        effective = res.effective();
    }

    /** the full 通用 基础项 of one quarter: 5 meetings × 5 + 3 study × 5 + 3 dues × 5 = 55 */
    private static List<Fact> generalBase(String m, int year, int q) {
        String d = year + "-" + String.format("%02d", q * 3) + "-10";
        return List.of(of(m + q + "-meet", m, "GEN-MEETING", parse(d)).times(5),
                of(m + q + "-study", m, "GEN-STUDY", parse(d)).times(3),
                of(m + q + "-dues", m, "GEN-DUES", parse(d)).times(3));
    }

    /** the branch's 个性 基础项: duty met {@code n} times × 7 (5 × 7 = 35) */
    private static Fact duty(String m, int q, int n) {
        return of(m + q + "-duty", m, "A-DUTY", parse("2025-" + String.format("%02d", q * 3) + "-11")).times(n);
    }

    private static Fact v(String id, String m, String item, int q, String points) {
        return value(id, m, item, parse("2025-" + String.format("%02d", q * 3) + "-12"), null, points);
    }

    @Test
    void fiveStarMemberIsEligibleForExcellent() {
        List<Fact> f = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            f.addAll(generalBase("W", 2025, q));
            f.add(duty("W", q, 5));
        }
        f.add(v("W-b1", "W", "GEN-OUTSTANDING", 1, "3")); // Q1: 55 + 3 + 35 + 2 = 95 五星
        f.add(v("W-i1", "W", "A-INNOVATION", 1, "2"));
        f.add(v("W-x2", "W", "A-VETO", 2, "5")); // Q2: 55 + 35 − 5 = 85 四星
        f.add(v("W-b3a", "W", "GEN-OUTSTANDING", 3, "4")); // Q3: 通用 55 + min(4 + 4, 5) = 60
        f.add(v("W-b3b", "W", "GEN-OUTSTANDING", 3, "4"));
        f.add(v("W-i3", "W", "A-INNOVATION", 3, "5")); //     个性 35 + 5 = 40 → 100 五星
        // Q4: 55 + 35 = 90 五星 (boundary 90 is in)
        Results r = ScoringEngine.evaluate(effective, List.of(ScoredMember.of("W", "BR-A", "S9-STAFF")), f,
                Period.year(2025));

        assertThat(r.member("W").periods()).extracting(p -> p.total().value().intValue())
                .containsExactly(95, 85, 100, 90);
        assertThat(r.member("W").periods()).extracting(p -> p.tier(SeedFixtures.S9_STARS).orElseThrow().tierName())
                .containsExactly("五星", "四星", "五星", "五星");
        PeriodResult q3 = r.member("W").period(Period.quarter(2025, 3)).orElseThrow();
        assertThat(q3.category("GEN-BONUS").orElseThrow().raw().value()).isEqualByComparingTo("8");
        assertThat(q3.category("GEN-BONUS").orElseThrow().capped().value()).isEqualByComparingTo("5");
        assertThat(q3.category("GEN").orElseThrow().capped().value()).isEqualByComparingTo("60");
        assertThat(q3.category("PER").orElseThrow().capped().value()).isEqualByComparingTo("40");

        // annual = (95 + 85 + 100 + 90) ÷ 4 = 370 ÷ 4 = 92.50 → 五星; every quarter ≥ 四星 → 优秀共产党员 eligible
        AnnualResult y = r.member("W").year(2025).orElseThrow();
        assertThat(y.total().value()).isEqualByComparingTo("92.50");
        assertThat(y.tier(SeedFixtures.S9_STARS).orElseThrow().tierName()).isEqualTo("五星");
        assertThat(y.tier(SeedFixtures.S9_APPRAISAL).orElseThrow().tierName()).isEqualTo("优秀");
        assertThat(y.eligible("S9-EXCELLENT")).isTrue();
        assertThat(r.member("W").consequences()).isEmpty();
    }

    @Test
    void vetoCapsAndTwoStarQuarterTriggerTalkAndBlockExcellent() {
        List<Fact> f = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            f.addAll(generalBase("L", 2025, q));
            f.add(duty("L", q, 5));
        }
        // Q2: 3 rule violations × 10 = 30 → 通用 否决 capped at −20; branch veto 8 + 7 = 15 → capped at −10
        //     通用 55 − 20 = 35; 个性 35 − 10 = 25 → 60 → 二星
        f.add(v("L-r1", "L", "GEN-RULES", 2, "10"));
        f.add(v("L-r2", "L", "GEN-RULES", 2, "10"));
        f.add(v("L-r3", "L", "GEN-RULES", 2, "10"));
        f.add(v("L-a1", "L", "A-VETO", 2, "8"));
        f.add(v("L-a2", "L", "A-VETO", 2, "7"));
        Results r = ScoringEngine.evaluate(effective, List.of(ScoredMember.of("L", "BR-A", "S9-STAFF")), f,
                Period.year(2025));
        PeriodResult q2 = r.member("L").period(Period.quarter(2025, 2)).orElseThrow();
        assertThat(q2.category("GEN-VETO").orElseThrow().raw().value()).isEqualByComparingTo("-30");
        assertThat(q2.category("GEN-VETO").orElseThrow().capped().value()).isEqualByComparingTo("-20");
        assertThat(q2.category("PER-VETO").orElseThrow().capped().value()).isEqualByComparingTo("-10");
        assertThat(q2.total().value()).isEqualByComparingTo("60");
        assertThat(q2.tier(SeedFixtures.S9_STARS).orElseThrow().tierName()).isEqualTo("二星");

        List<TriggeredConsequence> talks = r.member("L").consequences();
        assertThat(talks).extracting(TriggeredConsequence::ruleId, TriggeredConsequence::period)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S9-TALK", Period.quarter(2025, 2)));
        assertThat(talks.getFirst().followUp().due()).isEqualTo(FollowUp.Due.SAME_MONTH);

        // annual = (90 + 60 + 90 + 90) ÷ 4 = 330 ÷ 4 = 82.50 → 四星; not eligible
        AnnualResult y = r.member("L").year(2025).orElseThrow();
        assertThat(y.total().value()).isEqualByComparingTo("82.50");
        assertThat(y.eligible("S9-EXCELLENT")).isFalse();
    }

    @Test
    void annualFiveStarsAreNotEnoughWhenOneQuarterIsBelowFourStars() {
        List<Fact> f = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            f.addAll(generalBase("H", 2025, q));
            f.add(duty("H", q, q == 4 ? 3 : 5));
            f.add(v("H-b" + q, "H", "GEN-OUTSTANDING", q, "5"));
            if (q < 4) {
                f.add(v("H-i" + q, "H", "A-INNOVATION", q, "5"));
            } else {
                f.add(v("H-x" + q, "H", "A-VETO", q, "2"));
            }
        }
        // Q1–Q3: 60 + 40 = 100; Q4: 60 + 3 × 7 − 2 = 79 → 三星; annual (300 + 79) ÷ 4 = 94.75 → 五星
        Results r = ScoringEngine.evaluate(effective, List.of(ScoredMember.of("H", "BR-A", "S9-STAFF")), f,
                Period.year(2025));
        AnnualResult y = r.member("H").year(2025).orElseThrow();
        assertThat(y.total().value()).isEqualByComparingTo("94.75");
        assertThat(y.tier(SeedFixtures.S9_STARS).orElseThrow().tierName()).isEqualTo("五星");
        assertThat(y.eligible("S9-EXCELLENT")).isFalse();
        assertThat(Say.en(y.eligibility().getFirst().reasons().getFirst())).startsWith("not met");
    }

    @Test
    void quarterlyResetEachQuarterStartsFromZero() {
        // a big Q1 does not help Q2: Q2 only has what was recorded in Q2
        List<Fact> f = new ArrayList<>(generalBase("R", 2025, 1));
        f.add(duty("R", 2, 5));
        Results r = ScoringEngine.evaluate(effective, List.of(ScoredMember.of("R", "BR-A", "S9-STAFF")), f,
                Period.year(2025));
        assertThat(r.member("R").periods()).extracting(p -> p.total().value().intValue())
                .containsExactly(55, 35, 0, 0);
        assertThat(r.member("R").periods()).allMatch(p -> p.carried().value().signum() == 0);
        // (55 + 35 + 0 + 0) ÷ 4 = 22.50 → 一星; one quarter is also evaluable on its own
        assertThat(r.member("R").year(2025).orElseThrow().total().value()).isEqualByComparingTo("22.50");
        Results q1 = ScoringEngine.evaluate(effective, List.of(ScoredMember.of("R", "BR-A", "S9-STAFF")), f,
                Period.quarter(2025, 1));
        assertThat(q1.member("R").year(2025).orElseThrow().complete()).isFalse();
    }

    @Test
    void illMemberIsExcluded() {
        Results r = ScoringEngine.evaluate(effective, List.of(ScoredMember.of("I", "BR-A", "S9-STAFF").asExempt()),
                generalBase("I", 2025, 1), Period.year(2025));
        assertThat(r.member("I").exemption()).isEqualTo(ExemptionRule.EXCLUDE);
        assertThat(r.member("I").periods()).isEmpty();
        assertThat(r.member("I").consequences()).isEmpty();
    }

    @Test
    void engineRefusesAnUnresolvedExtension() {
        assertThatThrownBy(() -> ScoringEngine.evaluate(SeedFixtures.s9Branch(), List.of(), List.of(), Period.year(2025)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SchemeResolver");
    }
}
