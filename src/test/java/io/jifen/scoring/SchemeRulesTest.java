package io.jifen.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.inherit.Resolution;
import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scoring.inherit.Violation;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.result.IgnoredFact;
import io.jifen.scoring.result.IgnoredFact.Reason;
import io.jifen.scoring.result.InterimResult;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Results;
import io.jifen.scoring.result.RuleRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 8, rules 1–6: one hand-worked, seed-like example each, through the engine (numbers in the comments). */
class SchemeRulesTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static String total(PeriodResult p) {
        return p.total().value().toPlainString();
    }

    /**
     * Rule 1 — 每次2分，全年最多12分 in a quarterly scheme. A writes 3 articles every quarter (raw 6 a quarter):
     * Q1 6 (year so far 6), Q2 6 (12: the year's cap is reached), Q3 raw 6 → 0, Q4 raw 6 → 0; year Σ = 12.
     * B writes 2 in Q3: 4, untouched by A's use of the cap (the window is per member).
     */
    @Test
    void rule1CapOverTheYearInsideAQuarterlyScheme() {
        Results r = ScoringEngine.evaluate(RuleSchemes.rule1(), RuleSchemes.members1(), RuleSchemes.facts1(),
                Period.year(2025));
        MemberResult a = r.member("A");
        assertThat(a.periods()).extracting(SchemeRulesTest::total).containsExactly("6.00", "6.00", "0.00", "0.00");
        var q3 = a.period(Period.quarter(2025, 3)).orElseThrow().item("ARTICLE").orElseThrow();
        assertThat(q3.raw().value()).isEqualByComparingTo("6");
        assertThat(q3.capped().value()).isEqualByComparingTo("0");
        assertThat(Say.en(q3.capped())).contains("the year window 2025-01-01 to 2025-12-31 still allows 0 points");
        assertThat(q3.capped().rules()).contains(RuleRef.of(RuleRef.Kind.ITEM_WINDOW_CAP, "ARTICLE"));
        assertThat(a.year(2025).orElseThrow().total().value()).isEqualByComparingTo("12");
        assertThat(r.member("B").year(2025).orElseThrow().total().value()).isEqualByComparingTo("4");
    }

    /**
     * Rule 2 — monthly scores (base 80 + 5 per service − 10 per absence), quarterly results (mean of the months),
     * the year = mean of the quarters, evaluation year July 2025 – June 2026.
     * A: Jul 90, Aug 90, Sep 80 → Q1 86.67 合格; Oct 85, Nov 80, Dec 70 → Q2 78.33 不合格; Jan 100, Feb 80, Mar 80
     * → Q3 86.67; Apr–Jun 80 → Q4 80; year (86.67 + 78.33 + 86.67 + 80) ÷ 4 = 82.9175 → 82.92 合格.
     * B joins on 1 Sep: Sep 100 → Q1 100 优秀 (one month), then 80 every month; year (100 + 80 × 3) ÷ 4 = 85 —
     * the mean of the months would be 82. Ranks: Q1 B 1st, A 2nd; year B 1st (85), A 2nd (82.92).
     */
    @Test
    void rule2MonthsQuartersAndAYearFromJulyToJune() {
        Results r = ScoringEngine.evaluate(RuleSchemes.rule2(), RuleSchemes.members2(), RuleSchemes.facts2(),
                new Period(d("2025-07-01"), d("2026-06-30")));
        MemberResult a = r.member("A");
        assertThat(a.periods()).hasSize(12);
        assertThat(a.interims()).extracting(i -> i.total().value().toPlainString())
                .containsExactly("86.67", "78.33", "86.67", "80.00");
        assertThat(a.interims()).extracting(i -> i.tier("GRADE").orElseThrow().tierName())
                .containsExactly("合格", "不合格", "合格", "合格");
        InterimResult aQ1 = a.interims().getFirst();
        assertThat(aQ1.period()).isEqualTo(new Period(d("2025-07-01"), d("2025-09-30")));
        assertThat(aQ1.rankInOrganization().position()).isEqualTo(2);
        var aYear = a.year(2025).orElseThrow();
        assertThat(aYear.period()).isEqualTo(new Period(d("2025-07-01"), d("2026-06-30")));
        assertThat(aYear.total().value()).isEqualByComparingTo("82.92");
        assertThat(Say.en(aYear.total())).contains("÷ 4 interim periods");
        assertThat(aYear.rankInOrganization().position()).isEqualTo(2);
        MemberResult b = r.member("B");
        assertThat(b.interims().getFirst().periodsAssessed()).isEqualTo(1);
        assertThat(b.interims().getFirst().tier("GRADE").orElseThrow().tierName()).isEqualTo("优秀");
        assertThat(b.interims().getFirst().rankInOrganization().position()).isEqualTo(1);
        assertThat(b.year(2025).orElseThrow().total().value()).isEqualByComparingTo("85");
        assertThat(b.year(2025).orElseThrow().rankInOrganization().position()).isEqualTo(1);
    }

    /**
     * Rule 3 — S10 评议 twice a year in a quarterly scheme. A studies 10 times a quarter (30). The first half-year's
     * evaluation (24, 25 Jun) × 50 % = 12 counts in Q2; the second one, held early on 28 Sep (20), belongs to the
     * half-year July–December and counts in Q4: 10. Quarters 30, 42, 30, 40; year Σ 142. Evaluated for Q3 alone,
     * the 28 Sep evaluation waits for a window that closes after the range and is listed as ignored.
     */
    @Test
    void rule3EvaluationTwiceAYearInsideAQuarterlyScheme() {
        List<Fact> facts = RuleSchemes.facts3();
        List<ScoredMember> members = List.of(ScoredMember.of("A", "U", "ALL"));
        MemberResult a = ScoringEngine.evaluate(RuleSchemes.rule3(), members, facts, Period.year(2025)).member("A");
        assertThat(a.periods()).extracting(SchemeRulesTest::total).containsExactly("30.00", "42.00", "30.00",
                "40.00");
        assertThat(a.period(Period.quarter(2025, 4)).orElseThrow().category("EVAL").orElseThrow().capped().value())
                .isEqualByComparingTo("10");
        assertThat(a.year(2025).orElseThrow().total().value()).isEqualByComparingTo("142");
        Results q3 = ScoringEngine.evaluate(RuleSchemes.rule3(), members, facts, Period.quarter(2025, 3));
        assertThat(q3.member("A").periods().getFirst().total().value()).isEqualByComparingTo("30");
        assertThat(q3.ignoredFacts()).extracting(IgnoredFact::factId, IgnoredFact::reason)
                .contains(org.assertj.core.groups.Tuple.tuple("h2", Reason.WINDOW_NOT_CLOSED));
    }

    /**
     * Rule 4 — S9: 通用基础 55 and the branch's 个性基础 35 are category subtotals. X in Q1: 通用 55 + 2 (表现突出)
     * − 5 (违反制度) = 52; 个性 35 − 3 (the branch's 迟交材料) = 32; total 84 → 四星. Y joins on 15 Feb and covers
     * 45 of Q1's 90 days: 通用基础 27.50, 个性基础 17.50, total 45 → 一星. A branch base of 38 exceeds the 35 the
     * company grants and is refused.
     */
    @Test
    void rule4BaseScoresOnCategoriesAndTheBranchOwnsItsBase() {
        Resolution res = SchemeResolver.resolve(RuleSchemes.rule4Company(), RuleSchemes.rule4Branch("35"));
        assertThat(res.violations()).isEmpty();
        Results r = ScoringEngine.evaluate(res.effective(), RuleSchemes.members4(), RuleSchemes.facts4(),
                Period.quarter(2025, 1));
        PeriodResult x = r.member("X").periods().getFirst();
        assertThat(x.category("GEN-BASE").orElseThrow().capped().value()).isEqualByComparingTo("55");
        assertThat(x.category("GEN").orElseThrow().capped().value()).isEqualByComparingTo("52");
        assertThat(x.category("A-BASE").orElseThrow().capped().value()).isEqualByComparingTo("35");
        assertThat(x.category("PER").orElseThrow().capped().value()).isEqualByComparingTo("32");
        assertThat(x.total().value()).isEqualByComparingTo("84");
        assertThat(x.tier("STARS").orElseThrow().tierName()).isEqualTo("四星");
        assertThat(x.category("GEN-BASE").orElseThrow().raw().explanation()).satisfies(p -> assertThat(Say.en(p)).isEqualTo("base 55 = 55"));
        PeriodResult y = r.member("Y").periods().getFirst();
        assertThat(y.category("GEN-BASE").orElseThrow().capped().value()).isEqualByComparingTo("27.50");
        assertThat(y.category("A-BASE").orElseThrow().capped().value()).isEqualByComparingTo("17.50");
        assertThat(y.total().value()).isEqualByComparingTo("45");
        assertThat(y.tier("STARS").orElseThrow().tierName()).isEqualTo("一星");
        assertThat(SchemeResolver.resolve(RuleSchemes.rule4Company(), RuleSchemes.rule4Branch("38")).violations())
                .extracting(Violation::code).containsExactly(Violation.Code.BUDGET_EXCEEDED);
    }

    /**
     * Rule 5 — S6: a bed-ridden member (class 老党员, exempt, graded directly) gets the tier the assembly gave: 本色型
     * on 20 Dec, corrected to 带头型 on 28 Dec → 带头型 for 2025; their points entry is not counted. A member who is
     * scored (无职党员: 30 + 9 × 5 = 75 → 带头型) cannot be given a tier directly: that entry is ignored.
     */
    @Test
    void rule5TheAssemblyGradesAnExemptMemberDirectly() {
        Results r = ScoringEngine.evaluate(RuleSchemes.rule5(), RuleSchemes.members5(), RuleSchemes.facts5(),
                Period.year(2025));
        MemberResult old = r.member("OLD");
        assertThat(old.periods()).isEmpty();
        assertThat(old.assignedTiers()).singleElement().satisfies(t -> {
            assertThat(t.level()).isEqualTo(Level.YEAR);
            assertThat(t.period()).isEqualTo(Period.year(2025));
            assertThat(t.tier().tierName()).isEqualTo("带头型");
            assertThat(t.tier().basis().factIds()).containsExactly("t2");
        });
        MemberResult young = r.member("YOUNG");
        assertThat(young.year(2025).orElseThrow().total().value()).isEqualByComparingTo("75");
        assertThat(young.year(2025).orElseThrow().tier("TYPE").orElseThrow().tierName()).isEqualTo("带头型");
        assertThat(young.assignedTiers()).isEmpty();
        assertThat(r.ignoredFacts()).extracting(IgnoredFact::factId, IgnoredFact::reason).contains(
                org.assertj.core.groups.Tuple.tuple("h-old", Reason.MEMBER_EXEMPT),
                org.assertj.core.groups.Tuple.tuple("t3", Reason.TIER_NOT_ASSIGNABLE));
        Results unknown = ScoringEngine.evaluate(RuleSchemes.rule5(), RuleSchemes.members5(),
                List.of(Fact.assignedTier("t9", "OLD", d("2025-12-28"), "TYPE", "NOPE")), Period.year(2025));
        assertThat(unknown.ignoredFacts()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.INVALID_VALUE);
            assertThat(Say.en(f.detail())).isEqualTo("unknown tier NOPE of tier scheme TYPE");
        });
        assertThat(unknown.member("OLD").assignedTiers()).isEmpty();
    }

    /**
     * Rule 6 — S2 ranks by 奉献积分 (not the net total) and activists rank apart; S3 admission is for activists.
     * Q1 (base 60): P1 政策宣传 ×3 = 奉献 6, total 66; P2 法律援助 ×3 = 9, 缺席 ×5 −10, total 59; P3 (预备) 政策宣传 ×2
     * = 4, total 64; activists A1 法律援助 ×4 = 12, total 72; A2 政策宣传 ×1 = 2, total 62.
     * Members by 奉献: P2 1st (9), P1 2nd (6), P3 3rd (4) — by total P1 would lead; A1 (12) ranks 1st of the two
     * activists and takes no member's place: the top-2 commendation goes to P2 and P1. Admission (activists, year
     * total ≥ 70): A1 yes, A2 no; members have no admission result.
     */
    @Test
    void rule6RankingBasisStatusGroupsAndEligibilityByStatus() {
        Results r = ScoringEngine.evaluate(RuleSchemes.rule6(), RuleSchemes.members6(), RuleSchemes.facts6(),
                Period.quarter(2025, 1));
        assertThat(List.of("P1", "P2", "P3", "A1", "A2")).extracting(id -> total(r.member(id).periods().getFirst()))
                .containsExactly("66.00", "59.00", "64.00", "72.00", "62.00");
        var p2 = r.member("P2").periods().getFirst().rankInOrganization();
        assertThat(p2.position()).isEqualTo(1);
        assertThat(p2.of()).isEqualTo(3);
        assertThat(p2.group()).isEqualTo("FULL+PROBATIONARY");
        assertThat(p2.basis().value()).isEqualByComparingTo("9");
        assertThat(r.member("P1").periods().getFirst().rankInOrganization().position()).isEqualTo(2);
        assertThat(r.member("P3").periods().getFirst().rankInOrganization().position()).isEqualTo(3);
        var a1 = r.member("A1").periods().getFirst().rankInOrganization();
        assertThat(a1.position()).isEqualTo(1);
        assertThat(a1.of()).isEqualTo(2);
        assertThat(a1.group()).isEqualTo("CANDIDATE+ACTIVIST");
        assertThat(r.consequences()).extracting(c -> c.memberId()).containsExactlyInAnyOrder("P2", "P1");
        assertThat(r.member("A1").year(2025).orElseThrow().eligible("ADMISSION")).isTrue();
        assertThat(r.member("A2").year(2025).orElseThrow().eligibility()).singleElement()
                .satisfies(e -> assertThat(e.eligible()).isFalse());
        assertThat(r.member("P1").year(2025).orElseThrow().eligibility()).isEmpty();
        assertThat(r.member("P2").year(2025).orElseThrow().rankInOrganization().basis().value())
                .isEqualByComparingTo("9");
    }
}
