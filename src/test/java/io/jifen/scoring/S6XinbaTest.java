package io.jifen.scoring;

import static io.jifen.scoring.Fact.of;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.result.IgnoredFact;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.Results;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** S6 新坝乡: class base 10 / 20 / 30 / 50 + the year's accumulated points → 先锋型 / 带头型 / 本色型 / 褪色型. */
class S6XinbaTest {

    private static final Period Y = Period.year(2025);

    @Test
    void baseOfTheClassPlusAccumulatedPointsGivesTheType() {
        List<Fact> f = new ArrayList<>();
        // L3 (base 30): Q1 meetings 3 × 2 = 6, dues 3 × 1 = 3 → 9; Q2 poor household 5 × 2 = 10 → 10;
        //               Q3 mediation 3 × 4 = 12; Q4 pledge 3 × 5 = 15, public welfare 2 × 3 = 6 → 21
        //               accumulated 9 + 10 + 12 + 21 = 52 → 30 + 52 = 82 → 先锋型 (≥ 80)
        f.add(of("p1", "P", "MEETING", parse("2025-01-20")).times(3));
        f.add(of("p2", "P", "DUES", parse("2025-03-31")).times(3));
        f.add(of("p3", "P", "POOR", parse("2025-05-05")).times(2));
        f.add(of("p4", "P", "MEDIATE", parse("2025-08-08")).times(4));
        f.add(of("p5", "P", "PLEDGE", parse("2025-10-10")).times(5));
        f.add(of("p6", "P", "PUBLIC", parse("2025-11-11")).times(3));
        // L1 (base 10): 59 accumulated = meetings 2 × 12 = 24 + poor households 5 × 7 = 35 → 10 + 59 = 69 → 本色型
        f.add(of("s1", "S", "MEETING", parse("2025-02-01")).times(12));
        f.add(of("s2", "S", "POOR", parse("2025-09-01")).times(7));
        // L4 (base 50): education 2 × 10 = 20 → 50 + 20 = 70 → 带头型 (boundary 70 is in)
        f.add(of("o1", "O", "EDUCATION", parse("2025-06-01")).times(10));
        // L2 (base 20): meetings 2 × 20 = 40, gambling −10, absent 2 × −2 = −4 → 20 + 26 = 46 → 褪色型 (< 60)
        f.add(of("v1", "V", "MEETING", parse("2025-04-01")).times(20));
        f.add(of("v2", "V", "GAMBLING", parse("2025-07-01")));
        f.add(of("v3", "V", "ABSENT", parse("2025-12-01")).times(2));
        List<ScoredMember> members = List.of(ScoredMember.of("P", "V1", "L3"), ScoredMember.of("S", "V1", "L1"),
                ScoredMember.of("O", "V1", "L4"), ScoredMember.of("V", "V1", "L2"));
        Results r = ScoringEngine.evaluate(SeedFixtures.s6(), members, f, Y);

        assertThat(type(r, "P")).isEqualTo("先锋型");
        assertThat(r.member("P").year(2025).orElseThrow().total().value()).isEqualByComparingTo("82");
        assertThat(type(r, "S")).isEqualTo("本色型");
        assertThat(r.member("S").year(2025).orElseThrow().total().value()).isEqualByComparingTo("69");
        assertThat(type(r, "O")).isEqualTo("带头型");
        assertThat(type(r, "V")).isEqualTo("褪色型");
        assertThat(r.member("V").year(2025).orElseThrow().total().value()).isEqualByComparingTo("46");

        // no reset: each quarter shows base + points so far (一季一考核): 39, 49, 61, 82
        assertThat(r.member("P").periods()).extracting(p -> p.total().value().intValue())
                .containsExactly(39, 49, 61, 82);
        assertThat(r.member("P").period(Period.quarter(2025, 3)).orElseThrow().carried().value())
                .isEqualByComparingTo("19");
        // no tier on quarters: the seed grades at year end only
        assertThat(r.member("P").periods().getFirst().tiers()).isEmpty();
    }

    @Test
    void dueCountCapAndClassRestrictedItem() {
        // dues are at most 3 per quarter; the quarterly report item is for L3 / L4 only
        List<Fact> f = List.of(of("d1", "S", "DUES", parse("2025-01-31")).times(5), // only 3 count
                of("d2", "S", "REPORT", parse("2025-02-01"))); // L1 member: not applicable
        Results r = ScoringEngine.evaluate(SeedFixtures.s6(), List.of(ScoredMember.of("S", "V1", "L1")), f, Y);
        var q1 = r.member("S").period(Period.quarter(2025, 1)).orElseThrow();
        assertThat(q1.item("DUES").orElseThrow().countedOccurrences()).isEqualTo(3);
        assertThat(q1.item("DUES").orElseThrow().capped().value()).isEqualByComparingTo("3");
        assertThat(q1.total().value()).isEqualByComparingTo("13"); // 10 + 3
        assertThat(r.ignoredFacts()).extracting(IgnoredFact::reason).containsExactly(IgnoredFact.Reason.NOT_APPLICABLE);
    }

    @Test
    void bedriddenMemberIsLeftOutAndGradedByTheAssembly() {
        Results r = ScoringEngine.evaluate(SeedFixtures.s6(),
                List.of(ScoredMember.of("X", "V1", "L4").asExempt(), ScoredMember.of("Y", "V1", "L4")),
                List.of(of("x1", "X", "MEETING", parse("2025-03-03"))), Y);
        MemberResult x = r.member("X");
        assertThat(x.exempt()).isTrue();
        assertThat(x.exemption()).isEqualTo(ExemptionRule.GRADE_DIRECTLY);
        assertThat(x.periods()).isEmpty();
        assertThat(x.years()).isEmpty();
        assertThat(r.ignoredFacts()).extracting(IgnoredFact::reason).containsExactly(IgnoredFact.Reason.MEMBER_EXEMPT);
        // the exempt member is not ranked: Y is alone
        assertThat(r.member("Y").year(2025).orElseThrow().rankInUnit().of()).isEqualTo(1);
    }

    private static String type(Results r, String member) {
        return r.member(member).year(2025).orElseThrow().tier(SeedFixtures.S6_TYPE).orElseThrow().tierName();
    }
}
