package io.jifen.scheme.document;

import static io.jifen.scheme.document.WorkedExamples.fired;
import static io.jifen.scheme.document.WorkedExamples.n;
import static io.jifen.scheme.document.WorkedExamples.opt;
import static io.jifen.scheme.document.WorkedExamples.optV;
import static io.jifen.scheme.document.WorkedExamples.period;
import static io.jifen.scheme.document.WorkedExamples.run;
import static io.jifen.scheme.document.WorkedExamples.v;
import static io.jifen.scheme.document.WorkedExamples.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.Fact;
import io.jifen.scoring.ScoredMember;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.result.IgnoredFact;
import io.jifen.scoring.result.Results;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * S1–S5: each template, loaded from its JSON, computes a small example worked out by hand from the seed's numbers
 * (the arithmetic is in the comments). S6–S10 are in {@link TemplateWorkedExamples2Test}.
 */
class TemplateWorkedExamplesTest {

    @Test
    void s1AnnualAverageAbove90IsEligibleForCommendation() {
        List<Fact> f = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            String d = "2025-" + String.format("%02d", q * 3 - 1) + "-10";
            // A: meetings 8 × 2 = 16 → cap 15; theme days 3 × 3 = 9; dues 3 × 2 = 6; outstanding 5 + volunteer
            //    2 × 2 = 4 → 先锋 9 (cap 10) → 60 + 15 + 9 + 6 + 9 = 99 each quarter
            f.add(n("A", "MEETING", d, 8));
            f.add(n("A", "THEME-DAY-JOIN", d, 3));
            f.add(n("A", "DUES-PAID", d, 3));
            f.add(v("A", "OUTSTANDING", d, "5"));
            f.add(n("A", "VOLUNTEER", d, 2));
            // B: 60 + 15 + 9 + 6 = 90 each quarter
            f.add(n("B", "MEETING", d, 8));
            f.add(n("B", "THEME-DAY-JOIN", d, 4)); // only 3 count (monthly)
            f.add(n("B", "DUES-PAID", d, 3));
        }
        // C: Q1 meetings 5 × 2 = 10 → 70; Q2–Q4 the base 60 only
        f.add(n("C", "MEETING", "2025-02-20", 5));
        Results r = run("s01-qu-fupinban", List.of(ScoredMember.of("A", "U", "S1-MEMBER"),
                ScoredMember.of("B", "U", "S1-MEMBER"), ScoredMember.of("C", "U", "S1-MEMBER")), f);

        assertThat(period(r, "A", Period.quarter(2025, 1)).total().value()).isEqualByComparingTo("99");
        // annual = average of the quarters: A 99 > 90 → eligible; B exactly 90 is not "高于90分";
        // C (70 + 60 + 60 + 60) ÷ 4 = 62.50
        assertThat(year(r, "A").total().value()).isEqualByComparingTo("99");
        assertThat(year(r, "A").eligible("S1-ELITE")).isTrue();
        assertThat(year(r, "B").total().value()).isEqualByComparingTo("90");
        assertThat(year(r, "B").eligible("S1-ELITE")).isFalse();
        assertThat(year(r, "C").total().value()).isEqualByComparingTo("62.50");
        // every quarter: A first → rotating plaque; C last → reminder talk
        assertThat(fired(r, "S1-PLAQUE")).containsExactly("A", "A", "A", "A");
        assertThat(fired(r, "S1-REMINDER")).containsExactly("C", "C", "C", "C");
    }

    @Test
    void s2BottomThreeOfTheYearGetATalkActivistsAreScored() {
        List<Fact> f = List.of(
                n("A", "LEGAL-AID", "2025-01-15", 4), n("A", "MEDIATION", "2025-07-15", 2),
                v("A", "OUTSTANDING", "2025-11-15", "2"), // A: 4 × 3 + 2 × 3 + 2 = 20
                n("B", "POLICY", "2025-03-01", 5), n("B", "WISH", "2025-06-01", 1),
                n("B", "FAMILY", "2025-12-01", 1), // B: 5 × 2 + 3 + 2 = 15
                n("C", "CULTURE", "2025-05-05", 5), // C: 5 × 2 = 10
                n("D", "OPINION", "2025-08-08", 6), // D: 6 × 1 = 6
                n("E", "RELIEF", "2025-09-09", 2)); // E (activist): 2 × 3 = 6
        Results r = run("s02-jiedao-shequ", List.of(ScoredMember.of("A", "G1", "S2-MEMBER"),
                ScoredMember.of("B", "G1", "S2-MEMBER"), ScoredMember.of("C", "G2", "S2-MEMBER"),
                ScoredMember.of("D", "G2", "S2-MEMBER"),
                ScoredMember.of("E", "G2", "S2-MEMBER").withStatus(MemberStatus.ACTIVIST)), f);

        // yearly cycle = sum of the quarters
        assertThat(List.of("A", "B", "C", "D", "E")).extracting(m -> year(r, m).total().value().intValue())
                .containsExactly(20, 15, 10, 6, 6);
        // bottom 3 of the community: C 10, D 6, E 6 (D and E tie) → talk with the community party secretary
        assertThat(fired(r, "S2-BOTTOM3")).containsExactlyInAnyOrder("C", "D", "E");
        assertThat(fired(r, "S2-TOP10")).containsExactlyInAnyOrder("A", "B", "C", "D", "E");
        assertThat(r.ignoredFacts()).isEmpty();
    }

    @Test
    void s3FiveStarMemberAndActivistOnTheirOwnIndicators() {
        List<Fact> f = List.of(
                n("M", "D1-01", "2025-12-20", 12), n("M", "D1-02", "2025-06-20", 4), // 12 + 8 = 20 → cap 15
                n("M", "D2-05", "2025-03-20", 15), // 15
                n("M", "D3-09", "2025-04-20", 10), n("M", "D3-10", "2025-05-20", 3), // 10 + 6 = 16 → cap 15
                n("M", "D4-13", "2025-09-20", 10), // 20
                n("M", "D5-17", "2025-10-20", 5), // 10
                n("M", "D6-20", "2025-07-20", 2), n("M", "D6-21", "2025-07-21", 2), // 6 + 4 = 10
                n("M", "D7-23", "2025-08-20", 1), n("M", "D7-24", "2025-08-21", 1), // 3 + 5 = 8
                n("M", "D8-26", "2025-02-20", 1), // −2
                // activist: own indicators 4 × 5 + 4 × 5 + 2 × 10 = 60; a member indicator does not apply
                n("A", "ACT-01", "2025-03-01", 4), n("A", "ACT-03", "2025-06-01", 4),
                n("A", "ACT-04", "2025-09-01", 2), n("A", "D1-01", "2025-09-02", 1));
        Results r = run("s03-shi-shebao-zhongxin", List.of(ScoredMember.of("M", "B1", "S3-MEMBER"),
                ScoredMember.of("A", "B1", "S3-MEMBER").withStatus(MemberStatus.ACTIVIST)), f);

        // M: 15 + 15 + 15 + 20 + 10 + 10 + 8 − 2 = 91 → 五星党员 (≥ 90, invented threshold), no veto → eligible
        assertThat(year(r, "M").total().value()).isEqualByComparingTo("91");
        assertThat(year(r, "M").tier("S3-STARS").orElseThrow().tierName()).isEqualTo("五星党员");
        assertThat(year(r, "M").eligible("S3-FIVE-STAR")).isTrue();
        // activist: 60 ≥ 60 → admission threshold reached
        assertThat(year(r, "A").total().value()).isEqualByComparingTo("60");
        assertThat(year(r, "A").eligible("S3-ADMISSION")).isTrue();
        assertThat(year(r, "A").eligible("S3-FIVE-STAR")).isFalse();
        assertThat(r.ignoredFacts()).extracting(IgnoredFact::reason)
                .containsExactly(IgnoredFact.Reason.NOT_APPLICABLE);
    }

    @Test
    void s4DevotionPointsByLevelAndTopOfTheBranchWithinTheQuota() {
        List<Fact> f = List.of(
                n("X", "LIFE", "2025-01-10", 6), n("X", "STUDY", "2025-02-10", 3), n("X", "DUES", "2025-03-10", 3),
                // 奉献分: provincial activity 4 + city media 3 + branch activity 1 = 8
                opt("X", "ACTIVITY", "2025-01-20", "PROVINCE"), opt("X", "ARTICLE", "2025-02-20", "CITY"),
                opt("X", "ACTIVITY", "2025-03-20", "BRANCH"),
                v("X", "PEER", "2025-03-30", "18"), // 评议分 18
                n("X", "ABSENT", "2025-02-25", 1), // 扣减分 −3
                n("Y", "LIFE", "2025-01-10", 6), // 6 × 5 = 30
                opt("Z", "ARTICLE", "2025-05-10", "NATIONAL")); // national media 5
        Results r = run("s04-shi-caizhengju", List.of(ScoredMember.of("X", "BR", "S4-MEMBER"),
                ScoredMember.of("Y", "BR", "S4-MEMBER"), ScoredMember.of("Z", "BR", "S4-MEMBER")), f);

        var q1 = period(r, "X", Period.quarter(2025, 1));
        // X Q1: 基本分 30 + 15 + 15 = 60; 奉献分 8; 评议分 18; 扣减分 −3 → 83
        assertThat(q1.category("BASIC").orElseThrow().capped().value()).isEqualByComparingTo("60");
        assertThat(q1.category("DEVOTION").orElseThrow().capped().value()).isEqualByComparingTo("8");
        assertThat(q1.total().value()).isEqualByComparingTo("83");
        // annual sums: X 83, Y 30, Z 5 → the branch's quota of 2 → X and Y are 优秀党员
        assertThat(year(r, "X").total().value()).isEqualByComparingTo("83");
        assertThat(fired(r, "S4-EXCELLENT")).containsExactlyInAnyOrder("X", "Y");
    }

    @Test
    void s5MonthlyScoreIsBasePlusDutyPlusBonusMinusDeduction() {
        List<Fact> f = List.of(
                // P (base 100), January: 履职 = meetings 2 × 2 + study 2 + key task 6 = 12; 加分 proposal 5; 扣分 3
                n("P", "MEETING", "2025-01-05", 2), n("P", "LEARN", "2025-01-06", 1),
                v("P", "KEY-TASK", "2025-01-20", "6"), v("P", "PROPOSAL", "2025-01-21", "5"),
                n("P", "ABSENT", "2025-01-22", 1),
                // Q (base 80, activist), January: meetings 4 × 2 = 8 → 组织生活 cap 6
                n("Q", "MEETING", "2025-01-05", 4));
        Results r = run("s05-xian-guoqi", List.of(ScoredMember.of("P", "BR", "BASE100"),
                ScoredMember.of("Q", "BR", "BASE80").withStatus(MemberStatus.ACTIVIST)), f);

        // P January: 100 + 12 + 5 − 3 = 114; February: 100
        assertThat(period(r, "P", Period.month(2025, 1)).total().value()).isEqualByComparingTo("114");
        assertThat(period(r, "P", Period.month(2025, 2)).total().value()).isEqualByComparingTo("100");
        assertThat(period(r, "Q", Period.month(2025, 1)).total().value()).isEqualByComparingTo("86");
        // ranking on the average: P (114 + 11 × 100) ÷ 12 = 1214 ÷ 12 = 101.17; Q (86 + 11 × 80) ÷ 12 = 80.50
        assertThat(year(r, "P").total().value()).isEqualByComparingTo("101.17");
        assertThat(year(r, "Q").total().value()).isEqualByComparingTo("80.50");
        assertThat(year(r, "P").rankInUnit().position()).isEqualTo(1);
        assertThat(r.member("P").periods()).hasSize(12);
    }
}
