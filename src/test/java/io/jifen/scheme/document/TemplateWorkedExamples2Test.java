package io.jifen.scheme.document;

import static io.jifen.scheme.document.WorkedExamples.fired;
import static io.jifen.scheme.document.WorkedExamples.n;
import static io.jifen.scheme.document.WorkedExamples.optV;
import static io.jifen.scheme.document.WorkedExamples.opt;
import static io.jifen.scheme.document.WorkedExamples.period;
import static io.jifen.scheme.document.WorkedExamples.run;
import static io.jifen.scheme.document.WorkedExamples.scheme;
import static io.jifen.scheme.document.WorkedExamples.v;
import static io.jifen.scheme.document.WorkedExamples.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.Fact;
import io.jifen.scoring.ScoredMember;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.IgnoredFact;
import io.jifen.scoring.result.Results;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** S6–S10 worked examples, on the schemes loaded from the JSON templates (S7 and S9 resolved with inheritance). */
class TemplateWorkedExamples2Test {

    @Test
    void s6ClassBasePlusAccumulatedGivesTheType() {
        // L3 (base 30): meetings 3 × 2 + dues 3 × 1 + poor households 2 × 5 + mediation 4 × 3 + pledges 5 × 3
        //               + public welfare 3 × 2 = 6 + 3 + 10 + 12 + 15 + 6 = 52 → 30 + 52 = 82 → 先锋型 (≥ 80)
        // L1 (base 10): meetings 12 × 2 = 24 + poor households 7 × 5 = 35 → 10 + 59 = 69 → 本色型 (60–69)
        List<Fact> f = List.of(n("P", "MEETING", "2025-01-20", 3), n("P", "DUES", "2025-03-31", 3),
                n("P", "POOR", "2025-05-05", 2), n("P", "MEDIATE", "2025-08-08", 4),
                n("P", "PLEDGE", "2025-10-10", 5), n("P", "PUBLIC", "2025-11-11", 3),
                n("S", "MEETING", "2025-02-01", 12), n("S", "POOR", "2025-09-01", 7));
        Results r = run("s06-xinba-xiang", List.of(ScoredMember.of("P", "V1", "L3"), ScoredMember.of("S", "V1", "L1"),
                ScoredMember.of("X", "V1", "L4").asExempt()), f);
        assertThat(year(r, "P").total().value()).isEqualByComparingTo("82");
        assertThat(year(r, "P").tier("S6-TYPE").orElseThrow().tierName()).isEqualTo("先锋型");
        assertThat(year(r, "S").total().value()).isEqualByComparingTo("69");
        assertThat(year(r, "S").tier("S6-TYPE").orElseThrow().tierName()).isEqualTo("本色型");
        // the bed-ridden member is left out; the assembly grades him directly
        assertThat(r.member("X").exempt()).isTrue();
        assertThat(r.member("X").years()).isEmpty();
    }

    @Test
    void s7TownshipAddsTenBonusItemsAndDropsTwoDeductionItems() {
        SchemeVersion county = scheme("s07-xian-nongcun");
        SchemeVersion township = scheme("s07-xx-xiang");
        // the county list: 30 bonus items in 4 aspects, 20 deduction items
        assertThat(bonusItems(county)).isEqualTo(30);
        assertThat(county.items().size() - bonusItems(county)).isEqualTo(20);
        // the township: 30 + 10 = 40 bonus, 20 − 2 = 18 deduction
        assertThat(bonusItems(township)).isEqualTo(40);
        assertThat(township.items().size() - bonusItems(township)).isEqualTo(18);
        assertThat(township.items()).extracting(i -> i.id()).doesNotContain("D07", "D08");
        assertThat(county.memberClasses()).extracting(c -> c.name())
                .containsExactly("村组干部党员", "普通党员", "流动党员", "年老体弱党员");

        // Q1: 60 + 三会一课 3 × 2 + township item T01 3 − D01 2 = 67; the removed D07 no longer counts
        List<Fact> f = List.of(n("C", "B04", "2025-01-10", 3), n("C", "T01", "2025-02-10", 1),
                n("C", "D01", "2025-03-10", 1), n("C", "D07", "2025-03-11", 1));
        Results r = run("s07-xx-xiang", List.of(ScoredMember.of("C", "VILLAGE-1", "CADRE")), f);
        assertThat(period(r, "C", Period.quarter(2025, 1)).total().value()).isEqualByComparingTo("67");
        assertThat(r.ignoredFacts()).extracting(IgnoredFact::reason).containsExactly(IgnoredFact.Reason.UNKNOWN_ITEM);
    }

    private static long bonusItems(SchemeVersion s) {
        return s.items().stream().filter(i -> s.categories().stream()
                .anyMatch(c -> c.id().equals(i.categoryId()) && c.kind() == CategoryKind.BONUS)).count();
    }

    @Test
    void s8CycleIsTheAverageOfFourQuartersAndOverflowIsRewardPoints() {
        // base 80 each quarter; contributions 40, 30, 20, 10 → 120, 110, 100, 90
        List<Fact> f = List.of(v("M", "CONTRIB-DEED", "2025-03-20", "40"), v("M", "CONTRIB-DEED", "2025-06-20", "30"),
                v("M", "CONTRIB-DEED", "2025-09-20", "20"), v("M", "CONTRIB-DEED", "2025-12-20", "10"),
                // N: 80 − 25 each quarter = 55 → cycle 55 → below 基本合格 (first time) → 3 months' correction
                v("N", "VIOLATION-DEED", "2025-03-20", "25"), v("N", "VIOLATION-DEED", "2025-06-20", "25"),
                v("N", "VIOLATION-DEED", "2025-09-20", "25"), v("N", "VIOLATION-DEED", "2025-12-20", "25"));
        Results r = run("s08-xujiayan-cun", List.of(ScoredMember.of("M", "G1", "ORDINARY"),
                ScoredMember.of("N", "G1", "MOBILE")), f);
        // Q1: 80 + 40 = 120 → 100 standard, 20 above
        assertThat(period(r, "M", Period.quarter(2025, 1)).total().value()).isEqualByComparingTo("100");
        assertThat(period(r, "M", Period.quarter(2025, 1)).overflow().value()).isEqualByComparingTo("20");
        // cycle (120 + 110 + 100 + 90) ÷ 4 = 105 → 100 + 5 reward points → 优秀
        assertThat(year(r, "M").total().value()).isEqualByComparingTo("100");
        assertThat(year(r, "M").rewardPoints().value()).isEqualByComparingTo("5");
        assertThat(year(r, "M").tier("S8-GRADE").orElseThrow().tierName()).isEqualTo("优秀");
        assertThat(year(r, "N").total().value()).isEqualByComparingTo("55");
        assertThat(fired(r, "S8-BELOW-1")).containsExactly("N");
    }

    @Test
    void s9GeneralSixtyPlusBranchFortyAverageAndExcellentEligibility() {
        List<Fact> f = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            String d = "2025-" + String.format("%02d", q * 3) + "-10";
            // 通用 基础项 5 × 5 + 3 × 5 + 3 × 5 = 55; the branch's own 个性 基础项 5 × 7 = 35 → 90
            f.add(n("W", "GEN-MEETING", d, 5));
            f.add(n("W", "GEN-STUDY", d, 3));
            f.add(n("W", "GEN-DUES", d, 3));
            f.add(n("W", "A-DUTY", d, 5));
        }
        f.add(v("W", "GEN-OUTSTANDING", "2025-03-11", "3")); // Q1: 90 + 3 + 2 = 95 五星
        f.add(v("W", "A-INNOVATION", "2025-03-12", "2"));
        f.add(v("W", "A-VETO", "2025-06-12", "5")); // Q2: 90 − 5 = 85 四星
        f.add(v("W", "GEN-OUTSTANDING", "2025-09-11", "4")); // Q3: 通用 55 + min(4 + 4, 5) = 60,
        f.add(v("W", "GEN-OUTSTANDING", "2025-09-12", "4")); //     个性 35 + 5 = 40 → 100 五星
        f.add(v("W", "A-INNOVATION", "2025-09-13", "5")); // Q4: 90 五星
        Results r = run("s09-gongsi-zhibu", List.of(ScoredMember.of("W", "BR-A", "S9-STAFF")), f);
        assertThat(r.member("W").periods()).extracting(p -> p.total().value().intValue())
                .containsExactly(95, 85, 100, 90);
        // annual = (95 + 85 + 100 + 90) ÷ 4 = 92.50 → 五星, every quarter ≥ 四星 → 优秀共产党员 eligible
        assertThat(year(r, "W").total().value()).isEqualByComparingTo("92.50");
        assertThat(year(r, "W").eligible("S9-EXCELLENT")).isTrue();
    }

    @Test
    void s10DailyPlusHalfOfTwoEvaluationsPlusCappedRewardAndVeto() {
        List<Fact> f = new ArrayList<>();
        for (String m : List.of("A", "V")) {
            // 日常行为: 学习教育 11 × 3 = 33, 争创佳绩 20, 服务群众 4 × 2 = 8, 遵纪守法 8, 弘扬正气 6 → 75
            f.add(n(m, "STUDY-MEETING", "2025-03-01", 11));
            f.add(v(m, "ACHIEVE-TASK", "2025-06-01", "20"));
            f.add(n(m, "SERVE-VOLUNTEER", "2025-07-01", 4));
            f.add(n(m, "LAW-KEPT", "2025-12-01", 1));
            f.add(n(m, "RIGHT-UPHELD", "2025-12-02", 1));
            // 评议: 优秀 23 (before 七一) and 24 (year end) → (23 + 24) × 50 % = 23.50
            f.add(optV(m, "EVAL-DEMOCRATIC", "2025-06-28", "EXCELLENT", "23"));
            f.add(optV(m, "EVAL-DEMOCRATIC", "2025-12-28", "EXCELLENT", "24"));
            // 奖励: external journal 5 + group commendation 5 + company commendation 3 = 13 → capped at 10
            f.add(opt(m, "REWARD-ARTICLE", "2025-04-01", "EXTERNAL"));
            f.add(opt(m, "REWARD-COMMENDATION", "2025-05-01", "GROUP"));
            f.add(opt(m, "REWARD-COMMENDATION", "2025-09-01", "COMPANY"));
        }
        f.add(n("V", "LAW-VIOLATION", "2025-10-10", 1));
        Results r = run("s10-guandao-gongsi", List.of(ScoredMember.of("A", "D1", "S10-ALL"),
                ScoredMember.of("V", "D1", "S10-ALL")), f);
        var a = period(r, "A", Period.year(2025));
        assertThat(a.category("DAILY").orElseThrow().capped().value()).isEqualByComparingTo("75");
        assertThat(a.category("EVAL").orElseThrow().capped().value()).isEqualByComparingTo("23.50");
        assertThat(a.category("REWARD").orElseThrow().capped().value()).isEqualByComparingTo("10");
        // 75 + 23.50 + 10 = 108.50 → 优秀 (≥ 90)
        assertThat(a.total().value()).isEqualByComparingTo("108.50");
        assertThat(a.tier("S10-GRADE").orElseThrow().tierName()).isEqualTo("优秀");
        // the same points with a 违纪 entry → 不合格 directly, and a talk
        var v = period(r, "V", Period.year(2025));
        assertThat(v.veto()).isTrue();
        assertThat(v.tier("S10-GRADE").orElseThrow().tierName()).isEqualTo("不合格");
        assertThat(fired(r, "S10-FAIL-TALK")).containsExactly("V");
    }
}
