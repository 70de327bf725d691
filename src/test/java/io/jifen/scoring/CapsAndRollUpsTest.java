package io.jifen.scoring;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Results;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table tests: item count / points caps, category min / max, total cap + overflow, roll-ups. Base is 50. */
class CapsAndRollUpsTest {

    private static final Period Q1 = Period.quarter(2025, 1);

    private static PeriodResult q1(SchemeVersion s, int bonus, int deductions) {
        List<Fact> f = new ArrayList<>();
        if (bonus > 0) {
            f.add(Fact.of("b", "M", "B", parse("2025-02-01")).times(bonus));
        }
        if (deductions > 0) {
            f.add(Fact.of("d", "M", "D", parse("2025-02-02")).times(deductions));
        }
        return ScoringEngine.evaluate(s, List.of(ScoredMember.of("M", "U", "C")), f, Q1).member("M").period(Q1)
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0} × 1, count cap {1}, points cap {2} → item {3}")
    @CsvSource(nullValues = "-", value = {
        "5, -, -, 5", "5, 3, -, 3", "5, -, 4, 4", "5, 3, 2, 2", "5, 10, 10, 5", "0, 3, -, 0", "12, 0, -, 0"})
    void itemCaps(int occurrences, Integer maxCount, String maxPoints, String expected) {
        SchemeVersion s = Mini.scheme(Mini.cap(null, null), Mini.itemCap(maxCount, maxPoints),
                Mini.cap(null, null), Mini.quarterly(RollUp.SUM, null, false));
        PeriodResult p = q1(s, occurrences, 0);
        assertThat(p.points().value()).isEqualByComparingTo(expected);
        assertThat(p.total().value()).isEqualByComparingTo(new BigDecimal(expected).add(new BigDecimal(50)));
    }

    @ParameterizedTest(name = "bonus {0} cap max {1}, deductions {2} cap min {3} → points {4}")
    @CsvSource(nullValues = "-", value = {
        "8, 5, 0, -, 5", "3, 5, 0, -, 3", "0, -, 30, -20, -20", "0, -, 12, -20, -12", "10, 5, 30, -20, -15",
        "10, -, 30, -, -20"})
    void categoryCaps(int bonus, String bonusMax, int deductions, String deductionMin, String expected) {
        SchemeVersion s = Mini.scheme(Mini.cap(null, bonusMax), Mini.itemCap(null, null),
                Mini.cap(deductionMin, null), Mini.quarterly(RollUp.SUM, null, false));
        assertThat(q1(s, bonus, deductions).points().value()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "raw {0} with total cap {1}, reward {2} → total {3}, overflow {4}, reward {5}")
    @CsvSource(nullValues = "-", value = {
        "70, 100, true, 100, 20, 20", "70, 100, false, 100, 20, 0", "30, 100, true, 80, 0, 0",
        "50, 100, true, 100, 0, 0", "70, -, true, 120, 0, 0"})
    void totalCapAndOverflow(int bonus, String cap, boolean reward, String total, String overflow, String rewardPts) {
        SchemeVersion s = Mini.scheme(Mini.cap(null, null), Mini.itemCap(null, null), Mini.cap(null, null),
                Mini.quarterly(RollUp.SUM, cap, reward));
        PeriodResult p = q1(s, bonus, 0);
        assertThat(p.rawTotal().value()).isEqualByComparingTo(String.valueOf(50 + bonus));
        assertThat(p.total().value()).isEqualByComparingTo(total);
        assertThat(p.overflow().value()).isEqualByComparingTo(overflow);
        assertThat(p.rewardPoints().value()).isEqualByComparingTo(rewardPts);
    }

    /** Four quarters with 10, 20, 0, 30 bonus points and base 50 (reset) or 50 once a year (no reset). */
    @ParameterizedTest(name = "{0}, reset {1} → annual {2}")
    @CsvSource({
        // Σ (60 + 70 + 50 + 80) = 260
        "SUM, true, 260",
        // 260 ÷ 4 = 65
        "AVERAGE_OF_SUBPERIODS, true, 65",
        // 50 + (10 + 20 + 0 + 30) = 110
        "BASE_PLUS_ACCUMULATED, true, 110",
        "BASE_PLUS_ACCUMULATED, false, 110",
        // without reset SUM means base once + all points
        "SUM, false, 110",
        // running totals 60, 80, 80, 110 → 330 ÷ 4 = 82.50
        "AVERAGE_OF_SUBPERIODS, false, 82.50"})
    void rollUps(RollUp rollUp, boolean reset, String annual) {
        SchemeVersion s = Mini.scheme(Mini.cap(null, null), Mini.itemCap(null, null), Mini.cap(null, null),
                new PeriodRule(PeriodUnit.QUARTER, reset, rollUp, null, false, null));
        int[] bonus = {10, 20, 0, 30};
        List<Fact> f = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            if (bonus[q] > 0) {
                f.add(Fact.of("b" + q, "M", "B", parse("2025-" + String.format("%02d", q * 3 + 1) + "-15"))
                        .times(bonus[q]));
            }
        }
        Results r = ScoringEngine.evaluate(s, List.of(ScoredMember.of("M", "U", "C")), f, Period.year(2025));
        assertThat(r.member("M").year(2025).orElseThrow().total().value()).isEqualByComparingTo(annual);
        assertThat(r.member("M").year(2025).orElseThrow().periodsAssessed()).isEqualTo(4);
    }

    @ParameterizedTest(name = "monthly scheme: {0} months evaluated → {0} periods")
    @CsvSource({"1", "3", "12"})
    void monthlyUnit(int months) {
        SchemeVersion s = Mini.builder(PeriodUnit.MONTH, true, RollUp.SUM, "5").build();
        Period range = new Period(parse("2025-01-01"), Period.month(2025, months).end());
        Results r = ScoringEngine.evaluate(s, List.of(ScoredMember.of("M", "U", "C")), List.of(), range);
        assertThat(r.member("M").periods()).hasSize(months);
        assertThat(r.member("M").year(2025).orElseThrow().total().value()).isEqualByComparingTo(
                String.valueOf(5 * months));
        assertThat(r.member("M").year(2025).orElseThrow().complete()).isEqualTo(months == 12);
    }
}
