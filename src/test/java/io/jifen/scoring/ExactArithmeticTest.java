package io.jifen.scoring;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.NumberBound;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.result.ItemResult;
import io.jifen.scoring.result.PeriodResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's sums are exact at the documented bounds and fail loudly beyond the exact range, never with a flipped
 * sign (issue 6: 1e16 points × 10 gave −84,467,440,737,095,516.16; 1e17 threw an unexplained "Overflow").
 */
class ExactArithmeticTest {

    private static final io.jifen.scoring.model.Period Q1 = io.jifen.scoring.model.Period.quarter(2025, 1);

    /** One bonus category without caps, item "B" worth {@code points} (or a reviewer range up to it), base 0. */
    private static SchemeVersion scheme(ValueRule value, OccurrenceCap cap) {
        return SchemeVersion.builder("BIG").periodRule(Mini.quarterly(RollUp.SUM, null, false))
                .memberClass(MemberClass.of("C", "class", "0", null))
                .category(Category.of("BON", null, "bonus", CategoryKind.BONUS, null))
                .item(Item.of("B", "BON", "big item", value).withCap(cap))
                .build();
    }

    private static PeriodResult q1(SchemeVersion s, List<Fact> facts) {
        return ScoringEngine.evaluate(s, List.of(ScoredMember.of("M", "U", "C")), facts, Q1).member("M").period(Q1)
                .orElseThrow();
    }

    private static Fact fact(String id, int count) {
        return Fact.of(id, "M", "B", parse("2025-02-01")).times(count);
    }

    @Test
    void theIssuesCaseIsAnErrorNotANegativeTotal() {
        SchemeVersion s = scheme(ValueRule.fixed("1e16"), null);
        assertThatThrownBy(() -> q1(s, List.of(fact("f1", 10))))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("item B").hasMessageContaining("fact f1").hasMessageContaining("exact range");
    }

    @Test
    void aValueBeyondALongOfCentsIsAnExplainedErrorToo() {
        SchemeVersion s = scheme(ValueRule.fixed("1e17"), null);
        assertThatThrownBy(() -> q1(s, List.of(fact("f1", 1))))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("item B");
    }

    @Test
    void theSumOfManyFactsOverflowsLoudlyToo() {
        // each fact fits; the running sum would wrap on the 10th
        SchemeVersion s = scheme(ValueRule.fixed("1e16"), null);
        List<Fact> facts = java.util.stream.IntStream.range(0, 10).mapToObj(i -> fact("f" + i, 1)).toList();
        assertThatThrownBy(() -> q1(s, facts)).isInstanceOf(ArithmeticException.class).hasMessageContaining("f9");
    }

    @Test
    void occurrencesBeyondAnIntAreAnErrorNotANegativeCount() {
        SchemeVersion s = scheme(ValueRule.fixed("0.01"), null);
        assertThatThrownBy(() -> q1(s, List.of(fact("a", Integer.MAX_VALUE), fact("b", 1))))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("fact b");
    }

    @Test
    void atTheBoundsEverySumIsExact() {
        BigDecimal max = NumberBound.POINTS.max(); // 10,000 points
        int count = NumberBound.COUNT.max().intValueExact(); // 10,000 occurrences
        SchemeVersion s = scheme(new ValueRule.Fixed(max), null);
        List<Fact> facts = List.of(fact("a", count), fact("b", count), fact("c", count));
        PeriodResult p = q1(s, facts);
        ItemResult item = p.item("B").orElseThrow();
        assertThat(item.occurrences()).isEqualTo(30_000);
        assertThat(item.raw().value()).isEqualTo(new BigDecimal("300000000.00"));
        assertThat(p.points().value()).isEqualTo(new BigDecimal("300000000.00"));
        assertThat(p.total().value()).isEqualTo(new BigDecimal("300000000.00"));
        assertThat(Say.en(item.raw())).isEqualTo("10000 × 10000 [a] + 10000 × 10000 [b] + 10000 × 10000 [c]"
                + " = 300000000");
    }

    @Test
    void reviewerValuesWithCentsAddUpToTheCent() {
        SchemeVersion s = scheme(ValueRule.range("0.01", "10000"), OccurrenceCap.count(NumberBound.COUNT.max()
                .intValueExact()));
        List<Fact> facts = List.of(
                Fact.value("a", "M", "B", parse("2025-01-05"), null, "9999.99").times(9_999),
                Fact.value("b", "M", "B", parse("2025-01-06"), null, "0.01").times(1),
                Fact.value("c", "M", "B", parse("2025-01-07"), null, "0.03").times(7));
        ItemResult item = q1(s, facts).item("B").orElseThrow();
        // 9999.99 × 9999 + 0.01 = 99,989,900.02; then the count cap of 10,000 cuts c entirely
        assertThat(item.raw().value()).isEqualTo(new BigDecimal("99989900.23"));
        assertThat(item.capped().value()).isEqualTo(new BigDecimal("99989900.02"));
        assertThat(item.countedOccurrences()).isEqualTo(10_000);
    }
}
