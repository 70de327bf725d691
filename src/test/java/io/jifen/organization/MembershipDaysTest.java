package io.jifen.organization;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.scoring.Fact;
import io.jifen.scoring.ScoringEngine;
import io.jifen.scoring.SeedFixtures;
import io.jifen.scoring.model.PartialPeriodPolicy;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.IgnoredFact;
import io.jifen.scoring.result.IgnoredFact.Reason;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Results;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * One meaning of membership days, from roster dates through {@link Membership#scored} into the engine with S8
 * (quarterly, 80 base, PRO_RATE_BASE): the transfer-out date is not a member day, the transfer-in date is.
 */
class MembershipDaysTest {

    private static final Period Q1 = Period.quarter(2026, 1);

    @Test
    void transferredOutOnTheFirstOfMarchBelongsTheWholeOfFebruaryAndNoDayOfMarch() {
        Member m = member(7, null, parse("2026-03-01"));

        assertThat(Membership.lastDay(m)).isEqualTo(parse("2026-02-28"));
        assertThat(Membership.isMemberOn(m, parse("2026-02-28"))).isTrue();
        assertThat(Membership.isMemberOn(m, parse("2026-03-01"))).isFalse();
        assertThat(m.isActiveOn(parse("2026-02-28"))).isTrue();
        assertThat(m.isActiveOn(parse("2026-03-01"))).isFalse();

        Results r = evaluate(SeedFixtures.s8(), m, deed("F-FEB", m, "2026-02-28"), deed("F-MAR", m, "2026-03-01"));

        PeriodResult q1 = r.member("7").period(Q1).orElseThrow();
        // Q1 has 90 days, 31 + 28 of them before the transfer-out date: base 80 × 59 ÷ 90 = 52.44
        assertThat(q1.coverage()).isEqualByComparingTo("0.6556");
        assertThat(q1.base().value()).isEqualByComparingTo("52.44");
        assertThat(q1.rawTotal().value()).isEqualByComparingTo("62.44");
        assertThat(r.member("7").period(Period.quarter(2026, 2))).isEmpty();
        assertThat(r.ignoredFacts()).extracting(IgnoredFact::factId, IgnoredFact::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("F-MAR", Reason.OUTSIDE_MEMBERSHIP));
    }

    @Test
    void transferredInOnTheFifteenthOfFebruaryCountsFromThatDay() {
        Member m = member(8, parse("2026-02-15"), null);

        assertThat(Membership.isMemberOn(m, parse("2026-02-14"))).isFalse();
        assertThat(Membership.isMemberOn(m, parse("2026-02-15"))).isTrue();

        Results r = evaluate(SeedFixtures.s8(), m, deed("F-14", m, "2026-02-14"), deed("F-15", m, "2026-02-15"));

        PeriodResult q1 = r.member("8").period(Q1).orElseThrow();
        // 14 days of February (15th–28th) and 31 of March: 45 of 90, base 40
        assertThat(q1.coverage()).isEqualByComparingTo("0.5");
        assertThat(q1.base().value()).isEqualByComparingTo("40");
        assertThat(q1.rawTotal().value()).isEqualByComparingTo("50");
        assertThat(r.ignoredFacts()).extracting(IgnoredFact::factId).containsExactly("F-14");
    }

    @Test
    void inAndOutOnTheSameDayHasNoMemberDay() {
        Member m = member(9, parse("2026-02-15"), parse("2026-02-15"));

        assertThat(Membership.hasMemberDays(m)).isFalse();
        assertThat(Membership.isMemberOn(m, parse("2026-02-15"))).isFalse();
        assertThatThrownBy(() -> Membership.scored(m, "B1", "ORDINARY")).isInstanceOf(IllegalArgumentException.class);
        // one day later there is exactly one member day, and the engine sees it
        m.setTransferOutDate(parse("2026-02-16"));
        Results r = evaluate(SeedFixtures.s8(), m);
        assertThat(r.member("9").period(Q1).orElseThrow().coverage()).isEqualByComparingTo("0.0111");
    }

    @Test
    void coveredOnlySkipsTheQuarterOfTheTransferOutAndFullBaseKeepsTheWholeBase() {
        Member m = member(10, null, parse("2026-03-01"));
        Fact feb = deed("F-FEB", m, "2026-02-28");

        Results coveredOnly = evaluate(withPolicy(PartialPeriodPolicy.COVERED_ONLY), m, feb);
        assertThat(coveredOnly.member("10").period(Q1)).isEmpty();
        assertThat(coveredOnly.ignoredFacts()).extracting(IgnoredFact::reason)
                .containsExactly(Reason.PARTIAL_PERIOD_NOT_ASSESSED);

        Results fullBase = evaluate(withPolicy(PartialPeriodPolicy.FULL_BASE), m, feb);
        PeriodResult q1 = fullBase.member("10").period(Q1).orElseThrow();
        assertThat(q1.coverage()).isEqualByComparingTo("0.6556");
        assertThat(q1.base().value()).isEqualByComparingTo("80");
    }

    private static Results evaluate(SchemeVersion scheme, Member m, Fact... facts) {
        return ScoringEngine.evaluate(scheme, List.of(Membership.scored(m, "B1", m.getMemberClass().getCode())),
                List.of(facts), Period.year(2026));
    }

    private static SchemeVersion withPolicy(PartialPeriodPolicy policy) {
        SchemeVersion s8 = SeedFixtures.s8();
        PeriodRule r = s8.periodRule();
        return s8.withPeriodRule(new PeriodRule(r.assessedUnit(), r.reset(), r.rollUp(), r.totalCap(),
                r.overflowAsReward(), policy, r.yearStartMonth(), r.interimUnit(), r.interimRollUp()));
    }

    /** A 10-point 先进事迹 (CONTRIB-DEED, range 1–50) on {@code day}. */
    private static Fact deed(String id, Member m, String day) {
        return Fact.value(id, String.valueOf(m.getId()), "CONTRIB-DEED", parse(day), null, "10");
    }

    private static Member member(long id, LocalDate in, LocalDate out) {
        Member m = new Member();
        ReflectionTestUtils.setField(m, "id", id);
        m.setName("测试" + id);
        m.setStatus(MemberStatus.FULL);
        MemberClass ordinary = new MemberClass();
        ReflectionTestUtils.setField(ordinary, "code", "ORDINARY");
        m.setMemberClass(ordinary);
        m.setTransferInDate(in);
        m.setTransferOutDate(out);
        return m;
    }
}
