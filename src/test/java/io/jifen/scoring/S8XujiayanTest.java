package io.jifen.scoring;

import static io.jifen.scoring.Fact.value;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.Results;
import io.jifen.scoring.result.TriggeredConsequence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** S8 徐家堰村: four quarters ÷ 4, 100 is the standard and what is above it becomes reward points. */
class S8XujiayanTest {

    private static final String[] QUARTER_DAY = {"03-15", "06-15", "09-15", "12-15"};

    /** one reviewer-entered bonus (+) or deduction (−) per quarter of {@code year} */
    static List<Fact> quarters(String m, int year, int... delta) {
        List<Fact> out = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            if (delta[q] != 0) {
                String item = delta[q] > 0 ? "CONTRIB-DEED" : "VIOLATION-DEED";
                out.add(value(m + "-" + year + "Q" + (q + 1), m, item, parse(year + "-" + QUARTER_DAY[q]), null,
                        String.valueOf(Math.abs(delta[q]))));
            }
        }
        return out;
    }

    @Test
    void cycleIsTheAverageOfFourQuartersAndOverflowBecomesRewardPoints() {
        List<Fact> facts = new ArrayList<>();
        facts.addAll(quarters("M1", 2025, 30, 15, 20, 5)); // 110, 95, 100, 85
        facts.addAll(quarters("M2", 2025, 40, 30, 20, 10)); // 120, 110, 100, 90
        facts.addAll(quarters("M3", 2025, -25, -20, -22, -17)); // 55, 60, 58, 63
        List<ScoredMember> members = List.of(ScoredMember.of("M1", "G1", "ORDINARY"),
                ScoredMember.of("M2", "G1", "CADRE"),
                ScoredMember.of("M3", "G2", "ELDERLY").withStatus(MemberStatus.PROBATIONARY),
                ScoredMember.of("M4", "G2", "MOBILE"));
        Results r = ScoringEngine.evaluate(SeedFixtures.s8(), members, facts, Period.year(2025));

        MemberResult m1 = r.member("M1");
        // Q1: 80 + 30 = 110 → capped at 100, 10 above the standard
        var q1 = m1.period(Period.quarter(2025, 1)).orElseThrow();
        assertThat(q1.rawTotal().value()).isEqualByComparingTo("110");
        assertThat(q1.total().value()).isEqualByComparingTo("100");
        assertThat(q1.overflow().value()).isEqualByComparingTo("10");
        // cycle: (110 + 95 + 100 + 85) ÷ 4 = 390 ÷ 4 = 97.50 → 优秀 (90–100), nothing above 100
        AnnualResult y1 = m1.year(2025).orElseThrow();
        assertThat(y1.total().value()).isEqualByComparingTo("97.50");
        assertThat(y1.rewardPoints().value()).isEqualByComparingTo("0");
        assertThat(y1.tier(SeedFixtures.S8_GRADE).orElseThrow().tierName()).isEqualTo("优秀");
        assertThat(y1.complete()).isTrue();

        // M2: (120 + 110 + 100 + 90) ÷ 4 = 420 ÷ 4 = 105 → 100 standard + 5 reward points
        AnnualResult y2 = r.member("M2").year(2025).orElseThrow();
        assertThat(y2.rawTotal().value()).isEqualByComparingTo("105");
        assertThat(y2.total().value()).isEqualByComparingTo("100");
        assertThat(y2.rewardPoints().value()).isEqualByComparingTo("5");
        assertThat(y2.rewardPoints().factIds()).hasSize(4);

        // M3: (55 + 60 + 58 + 63) ÷ 4 = 236 ÷ 4 = 59 → below 基本合格 → correction (3 months) + longer probation
        AnnualResult y3 = r.member("M3").year(2025).orElseThrow();
        assertThat(y3.total().value()).isEqualByComparingTo("59");
        assertThat(y3.tier(SeedFixtures.S8_GRADE).orElseThrow().tierId()).isEqualTo("BELOW");
        assertThat(r.member("M3").consequences()).extracting(TriggeredConsequence::ruleId)
                .containsExactlyInAnyOrder("S8-BELOW-1", "S8-PROBATION");
        assertThat(r.member("M3").consequences()).filteredOn(c -> c.ruleId().equals("S8-BELOW-1"))
                .extracting(c -> c.followUp().due(), c -> c.followUp().days())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FollowUp.Due.WITHIN_MONTHS, 3));

        // M4: no entries, base 80 each quarter → 80 → 合格 (70–89)
        assertThat(r.member("M4").year(2025).orElseThrow().tier(SeedFixtures.S8_GRADE).orElseThrow().tierName())
                .isEqualTo("合格");

        // annual ranks on the raw cycle score: 105, 97.5, 80, 59
        assertThat(List.of("M2", "M1", "M4", "M3")).extracting(id -> r.member(id).year(2025).orElseThrow()
                .rankInOrganization().position()).containsExactly(1, 2, 3, 4);
        // unit G2: M4 80 first, M3 59 second
        assertThat(r.member("M3").year(2025).orElseThrow().rankInUnit().position()).isEqualTo(2);
    }

    @Test
    void escalationCountsTimesBelowBasicPassNotOnlyConsecutiveOnes() {
        List<Fact> facts = new ArrayList<>();
        facts.addAll(quarters("E", 2023, -25, -25, -25, -25)); // 55 → below, 1st time
        facts.addAll(quarters("E", 2024, 0, 0, 0, 0)); // 80 → 合格
        facts.addAll(quarters("E", 2025, -30, -20, -20, -10)); // (50 + 60 + 60 + 70) ÷ 4 = 60 → 基本合格, not below
        facts.addAll(quarters("E", 2026, -25, -25, -25, -25)); // 55 → 2nd time
        facts.addAll(quarters("E", 2027, -40, 0, 0, 0)); // (40 + 80 × 3) ÷ 4 = 70 → 合格
        facts.addAll(quarters("E", 2028, -30, -30, -30, -30)); // 50 → 3rd time
        Results r = ScoringEngine.evaluate(SeedFixtures.s8(), List.of(ScoredMember.of("E", "G1", "ORDINARY")),
                facts, Period.years(2023, 2028));
        assertThat(r.member("E").year(2025).orElseThrow().total().value()).isEqualByComparingTo("60");
        assertThat(r.member("E").consequences()).extracting(TriggeredConsequence::ruleId, c -> c.period().year())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S8-BELOW-1", 2023),
                        org.assertj.core.groups.Tuple.tuple("S8-BELOW-2", 2026),
                        org.assertj.core.groups.Tuple.tuple("S8-BELOW-3", 2028));
        assertThat(SeedFixtures.s8().workflow().publicationWindowDays()).isEqualTo(7);
        assertThat(SeedFixtures.s8().workflow().objectionAnswerDays()).isEqualTo(3);
    }
}
