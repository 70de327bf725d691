package io.jifen.scoring;

import static io.jifen.scoring.Fact.of;
import static io.jifen.scoring.Fact.option;
import static io.jifen.scoring.Fact.value;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.model.Period;
import io.jifen.scoring.result.IgnoredFact;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Results;
import io.jifen.scoring.result.RuleRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** S10 管道公司: 日常 75 + 评议 (23 + 24) × 50 % + 奖励 capped at 10; veto → 不合格; two 不合格 in a row → help. */
class S10PipelineTest {

    private static final Period Y2025 = Period.year(2025);

    /** The model member: full 日常, two 优秀 evaluations, 12 reward points. */
    static List<Fact> fullMarks(String m) {
        return List.of(
                of(m + "1", m, "STUDY-MEETING", parse("2025-03-10")).times(6), // 6 × 3 = 18
                of(m + "2", m, "STUDY-MEETING", parse("2025-09-10")).times(6), // 6 × 3 = 18 → 36, cap 33
                value(m + "3", m, "ACHIEVE-TASK", parse("2025-12-20"), null, "20"), // self-claimed 20
                of(m + "4", m, "SERVE-VOLUNTEER", parse("2025-05-01")).times(4), // 4 × 2 = 8
                of(m + "5", m, "LAW-KEPT", parse("2025-12-31")), // 8
                of(m + "6", m, "RIGHT-UPHELD", parse("2025-12-31")), // 6
                value(m + "7", m, "EVAL-DEMOCRATIC", parse("2025-06-25"), "EXCELLENT", "23"), // before 七一
                value(m + "8", m, "EVAL-DEMOCRATIC", parse("2025-12-28"), "EXCELLENT", "24"), // year end
                option(m + "9", m, "REWARD-ARTICLE", parse("2025-04-01"), "INTERNAL"), // 2
                option(m + "10", m, "REWARD-ARTICLE", parse("2025-08-01"), "EXTERNAL"), // 5
                option(m + "11", m, "REWARD-COMMENDATION", parse("2025-11-01"), "GROUP")); // 5
    }

    @Test
    void dailySeventyFivePlusHalfOfTwoEvaluationsPlusRewardCappedAtTen() {
        Results r = ScoringEngine.evaluate(SeedFixtures.s10(), List.of(ScoredMember.of("A", "B1", "S10-ALL")),
                fullMarks("A"), Y2025);
        PeriodResult p = r.member("A").period(Y2025).orElseThrow();

        // 学习教育: 36 raw, capped at 33 (overflow 3)
        assertThat(p.category("STUDY").orElseThrow().raw().value()).isEqualByComparingTo("36");
        assertThat(p.category("STUDY").orElseThrow().capped().value()).isEqualByComparingTo("33");
        assertThat(p.category("STUDY").orElseThrow().overflow().value()).isEqualByComparingTo("3");
        // 日常 = 33 + 20 + 8 + 8 + 6 = 75 (exactly its cap)
        assertThat(p.category("DAILY").orElseThrow().capped().value()).isEqualByComparingTo("75");
        // 评议 = (23 + 24) × 0.5 = 23.50
        assertThat(p.category("EVAL").orElseThrow().raw().value()).isEqualByComparingTo("47");
        assertThat(p.category("EVAL").orElseThrow().weighted().value()).isEqualByComparingTo("23.50");
        assertThat(p.category("EVAL").orElseThrow().weighted().rules())
                .contains(RuleRef.of(RuleRef.Kind.WEIGHT, "EVAL"));
        // 奖励 = 2 + 5 + 5 = 12 → capped at 10
        assertThat(p.category("REWARD").orElseThrow().raw().value()).isEqualByComparingTo("12");
        assertThat(p.category("REWARD").orElseThrow().capped().value()).isEqualByComparingTo("10");
        assertThat(p.category("REWARD").orElseThrow().overflow().value()).isEqualByComparingTo("2");
        // total = 75 + 23.50 + 10 = 108.50 → 优秀 (≥ 90)
        assertThat(p.total().value()).isEqualByComparingTo("108.50");
        assertThat(p.total().value().scale()).isEqualTo(2);
        assertThat(p.tier(SeedFixtures.S10_GRADE).orElseThrow().tierName()).isEqualTo("优秀");
        // the total names every entry that produced it
        assertThat(p.total().factIds()).containsExactlyInAnyOrder("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8",
                "A9", "A10", "A11");
        assertThat(r.schemeVersionId()).isEqualTo("S10-v1");
    }

    @Test
    void vetoForcesFailRegardlessOfPoints() {
        List<Fact> facts = new ArrayList<>(fullMarks("B"));
        facts.add(of("B-veto", "B", "LAW-VIOLATION", parse("2025-07-07")));
        Results r = ScoringEngine.evaluate(SeedFixtures.s10(), List.of(ScoredMember.of("B", "B1", "S10-ALL")),
                facts, Y2025);
        PeriodResult p = r.member("B").period(Y2025).orElseThrow();
        assertThat(p.total().value()).isEqualByComparingTo("108.50"); // the points stay, the grade does not
        assertThat(p.veto()).isTrue();
        assertThat(p.tier(SeedFixtures.S10_GRADE).orElseThrow().tierName()).isEqualTo("不合格");
        assertThat(p.tier(SeedFixtures.S10_GRADE).orElseThrow().forcedByVeto()).isTrue();
        assertThat(p.tier(SeedFixtures.S10_GRADE).orElseThrow().basis().factIds()).containsExactly("B-veto");
        assertThat(r.member("B").consequences()).extracting(c -> c.ruleId()).containsExactly("S10-FAIL-TALK");
    }

    @Test
    void basicPassMember() {
        String m = "C";
        List<Fact> facts = List.of(
                of("C1", m, "STUDY-MEETING", parse("2025-02-01")).times(6), // 18
                value("C2", m, "ACHIEVE-TASK", parse("2025-06-30"), null, "12"), // 12
                of("C3", m, "SERVE-VOLUNTEER", parse("2025-03-01")).times(2), // 4
                of("C4", m, "LAW-KEPT", parse("2025-12-31")), // 8
                of("C5", m, "RIGHT-UPHELD", parse("2025-12-31")), // 6 → 日常 48
                value("C6", m, "EVAL-DEMOCRATIC", parse("2025-06-20"), "PASS", "15"),
                value("C7", m, "EVAL-DEMOCRATIC", parse("2025-12-20"), "PASS", "16"), // (15 + 16) × 0.5 = 15.5
                option("C8", m, "REWARD-COMMENDATION", parse("2025-10-01"), "COMPANY"), // 3
                value("C9", m, "EVAL-DEMOCRATIC", parse("2025-12-21"), "EXCELLENT", "26")); // outside 23–25
        Results r = ScoringEngine.evaluate(SeedFixtures.s10(), List.of(ScoredMember.of(m, "B1", "S10-ALL")),
                facts, Y2025);
        PeriodResult p = r.member(m).period(Y2025).orElseThrow();
        // 48 + 15.50 + 3 = 66.50 → 基本合格 (60–79)
        assertThat(p.total().value()).isEqualByComparingTo("66.50");
        assertThat(p.tier(SeedFixtures.S10_GRADE).orElseThrow().tierName()).isEqualTo("基本合格");
        assertThat(r.ignoredFacts()).extracting(IgnoredFact::factId, IgnoredFact::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C9", IgnoredFact.Reason.INVALID_VALUE));
    }

    @Test
    void twoFailsInARowGiveOneOnOneHelpOnce() {
        String m = "D";
        // 2024, 2025 and 2026 each: only 遵纪守法 8 + 弘扬正气 6 = 14 → 不合格
        List<Fact> facts = new ArrayList<>();
        for (int y = 2024; y <= 2026; y++) {
            facts.add(of("D-law-" + y, m, "LAW-KEPT", parse(y + "-12-31")));
            facts.add(of("D-right-" + y, m, "RIGHT-UPHELD", parse(y + "-12-31")));
        }
        Results r = ScoringEngine.evaluate(SeedFixtures.s10(), List.of(ScoredMember.of(m, "B1", "S10-ALL")),
                facts, Period.years(2024, 2026));
        assertThat(r.member(m).periods()).extracting(p -> p.total().value())
                .allMatch(v -> v.compareTo(new BigDecimal("14")) == 0);
        assertThat(r.member(m).consequences()).filteredOn(c -> c.ruleId().equals("S10-TWICE-FAIL"))
                .extracting(c -> c.period()).containsExactly(Period.year(2025)); // fires when the run reaches 2
        assertThat(r.member(m).consequences()).filteredOn(c -> c.ruleId().equals("S10-FAIL-TALK")).hasSize(3);
    }
}
