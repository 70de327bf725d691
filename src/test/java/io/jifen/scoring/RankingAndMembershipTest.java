package io.jifen.scoring;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.ConsequenceTrigger.RankScope;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.PartialPeriodPolicy;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.IgnoredFact;
import io.jifen.scoring.result.Rank;
import io.jifen.scoring.result.Results;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ties in ranking, bottom / top N, veto, exemption, transfers in and out mid-period, determinism. */
class RankingAndMembershipTest {

    private static final Period Q1 = Period.quarter(2025, 1);

    private static SchemeVersion mini(PartialPeriodPolicy partial, ConsequenceRule... rules) {
        SchemeVersion base = Mini.scheme(Mini.cap(null, null), Mini.itemCap(null, null), Mini.cap(null, null),
                Mini.quarterly(RollUp.AVERAGE_OF_SUBPERIODS, null, false).withPartialPeriods(partial));
        var b = SchemeVersion.builder(base.id()).periodRule(base.periodRule());
        base.memberClasses().forEach(b::memberClass);
        base.categories().forEach(b::category);
        base.items().forEach(b::item);
        base.tierSchemes().forEach(b::tierScheme);
        for (ConsequenceRule r : rules) {
            b.consequence(r);
        }
        return b.build();
    }

    private static List<Fact> bonus(String member, int n) {
        return n == 0 ? List.of() : List.of(Fact.of(member + "-b", member, "B", parse("2025-02-01")).times(n));
    }

    @ParameterizedTest(name = "scores {0} → ranks {1}, from bottom {2}")
    @CsvSource({
        "'10,20,20,30', '4,2,2,1', '1,2,2,4'",
        "'5,5,5', '1,1,1', '1,1,1'",
        "'1,2,3,4', '4,3,2,1', '1,2,3,4'",
        "'7', '1', '1'",
        "'9,9,3,3,1', '1,1,3,3,5', '4,4,2,2,1'"})
    void tiesShareARank(String scores, String ranks, String fromBottom) {
        String[] s = scores.split(",");
        List<ScoredMember> members = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            members.add(ScoredMember.of("M" + i, "U", "C"));
            facts.addAll(bonus("M" + i, Integer.parseInt(s[i])));
        }
        Results r = ScoringEngine.evaluate(mini(null), members, facts, Q1);
        String[] expected = ranks.split(",");
        String[] bottom = fromBottom.split(",");
        for (int i = 0; i < s.length; i++) {
            Rank rank = r.member("M" + i).period(Q1).orElseThrow().rankInOrganization();
            assertThat(rank.position()).as("M" + i).isEqualTo(Integer.parseInt(expected[i]));
            assertThat(rank.fromBottom()).as("M" + i).isEqualTo(Integer.parseInt(bottom[i]));
            assertThat(rank.of()).isEqualTo(s.length);
        }
    }

    @Test
    void unitRanksAreSeparateFromTheOrganization() {
        List<ScoredMember> members = List.of(ScoredMember.of("A", "U1", "C"), ScoredMember.of("B", "U1", "C"),
                ScoredMember.of("C", "U2", "C"));
        List<Fact> facts = new ArrayList<>();
        facts.addAll(bonus("A", 10));
        facts.addAll(bonus("B", 5));
        facts.addAll(bonus("C", 1));
        Results r = ScoringEngine.evaluate(mini(null), members, facts, Q1);
        var c = r.member("C").period(Q1).orElseThrow();
        assertThat(c.rankInUnit()).isEqualTo(new Rank(1, 1, "U2", 1));
        assertThat(c.rankInOrganization()).isEqualTo(new Rank(3, 3, Rank.ORGANIZATION, 1));
    }

    @Test
    void bottomThreeIncludesEveryoneTiedAtTheBoundaryAndTopNToo() {
        ConsequenceRule bottom = new ConsequenceRule("BOTTOM3", "后3位帮扶谈话", Level.YEAR,
                new ConsequenceTrigger.BottomN(3, RankScope.ORGANIZATION), null,
                new FollowUp("TALK", "PARTY_SECRETARY", "社区党委书记帮扶谈话", null, null));
        ConsequenceRule top = new ConsequenceRule("TOP1", "流动荣誉牌", Level.PERIOD,
                new ConsequenceTrigger.TopN(1, RankScope.UNIT), null, new FollowUp("HONOUR", "BRANCH", "", null, null));
        int[] scores = {50, 40, 30, 20, 20, 10};
        List<ScoredMember> members = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            members.add(ScoredMember.of("M" + i, "U", "C"));
            facts.addAll(bonus("M" + i, scores[i]));
        }
        Results r = ScoringEngine.evaluate(mini(null, bottom, top), members, facts, Q1);
        // bottom 3 of 50, 40, 30, 20, 20, 10: the two 20s and the 10 (30 has three below it)
        assertThat(r.consequences()).filteredOn(c -> c.ruleId().equals("BOTTOM3")).extracting(c -> c.memberId())
                .containsExactlyInAnyOrder("M3", "M4", "M5");
        assertThat(r.consequences()).filteredOn(c -> c.ruleId().equals("TOP1")).extracting(c -> c.memberId())
                .containsExactly("M0");
    }

    @Test
    void vetoForcesLowestTierInPeriodAndYear() {
        List<Fact> f = new ArrayList<>(bonus("M", 40)); // 50 + 40 = 90 in Q1
        f.add(Fact.of("veto", "M", "V", parse("2025-03-01")));
        Results r = ScoringEngine.evaluate(mini(null), List.of(ScoredMember.of("M", "U", "C")), f, Period.year(2025));
        var q1 = r.member("M").period(Q1).orElseThrow();
        assertThat(q1.total().value()).isEqualByComparingTo("90");
        assertThat(q1.tier("T").orElseThrow().tierId()).isEqualTo("FAIL");
        assertThat(q1.vetoFactIds()).containsExactly("veto");
        // a veto in any quarter also forces the lowest annual tier
        assertThat(r.member("M").year(2025).orElseThrow().veto()).isTrue();
        assertThat(r.member("M").year(2025).orElseThrow().tier("T").orElseThrow().forcedByVeto()).isTrue();
    }

    @Test
    void unconfirmedAndForeignFactsAreIgnoredWithAReason() {
        List<Fact> f = List.of(Fact.of("c", "M", "B", parse("2025-01-05")).withStatus(FactStatus.CLAIMED),
                Fact.of("x", "nobody", "B", parse("2025-01-05")), Fact.of("y", "M", "nothing", parse("2025-01-05")),
                Fact.of("z", "M", "B", parse("2025-04-05")));
        Results r = ScoringEngine.evaluate(mini(null), List.of(ScoredMember.of("M", "U", "C")), f, Q1);
        assertThat(r.ignoredFacts()).extracting(IgnoredFact::factId, IgnoredFact::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("c", IgnoredFact.Reason.NOT_CONFIRMED),
                org.assertj.core.groups.Tuple.tuple("x", IgnoredFact.Reason.UNKNOWN_MEMBER),
                org.assertj.core.groups.Tuple.tuple("y", IgnoredFact.Reason.UNKNOWN_ITEM),
                org.assertj.core.groups.Tuple.tuple("z", IgnoredFact.Reason.OUTSIDE_PERIOD));
        assertThat(r.member("M").period(Q1).orElseThrow().points().value()).isEqualByComparingTo("0");
    }

    @Test
    void exemptFlagIsIgnoredWhenTheClassDoesNotAllowIt() {
        Results r = ScoringEngine.evaluate(mini(null), List.of(ScoredMember.of("M", "U", "C").asExempt()), List.of(),
                Q1);
        assertThat(r.member("M").exempt()).isFalse();
        assertThat(r.member("M").periods()).hasSize(1);
        assertThat(r.member("M").notes()).singleElement().satisfies(n -> assertThat(Say.en(n)).contains("does not allow"));
    }

    /**
     * Q1 2025 has 90 days. Member joins on 2025-02-15 (45 days covered) and has one entry before joining, one after.
     */
    @ParameterizedTest(name = "{0}: assessed {1}, base {2}")
    @CsvSource({"PRO_RATE_BASE, true, 25", "FULL_BASE, true, 50", "COVERED_ONLY, false, -"})
    void transferInMidQuarter(PartialPeriodPolicy policy, boolean assessed, String base) {
        ScoredMember m = ScoredMember.of("M", "U", "C").withMembership(parse("2025-02-15"), null);
        List<Fact> f = List.of(Fact.of("before", "M", "B", parse("2025-02-01")).times(5),
                Fact.of("after", "M", "B", parse("2025-03-01")).times(3),
                Fact.of("q2", "M", "B", parse("2025-05-01")).times(7));
        Results r = ScoringEngine.evaluate(mini(policy), List.of(m), f, Period.year(2025));
        var q1 = r.member("M").period(Q1);
        assertThat(q1.isPresent()).isEqualTo(assessed);
        assertThat(r.ignoredFacts()).extracting(IgnoredFact::factId).contains("before");
        if (assessed) {
            // base 50 × 45/90 = 25 (pro-rated) or 50; only the entry after joining counts: 3
            assertThat(q1.get().base().value()).isEqualByComparingTo(base);
            assertThat(q1.get().points().value()).isEqualByComparingTo("3");
            assertThat(q1.get().partial()).isTrue();
            assertThat(q1.get().coverage()).isEqualByComparingTo("0.5");
            assertThat(r.member("M").year(2025).orElseThrow().periodsAssessed()).isEqualTo(4);
        } else {
            assertThat(r.ignoredFacts()).extracting(IgnoredFact::factId).contains("after");
            assertThat(r.member("M").year(2025).orElseThrow().periodsAssessed()).isEqualTo(3);
        }
        assertThat(r.member("M").year(2025).orElseThrow().complete()).isFalse();
        assertThat(r.member("M").period(Period.quarter(2025, 2)).orElseThrow().points().value())
                .isEqualByComparingTo("7");
    }

    @Test
    void transferOutEndsTheAssessment() {
        // leaves on 2025-05-20 (inclusive): Q1 full, Q2 partial (50 of 91 days), Q3 and Q4 not assessed
        ScoredMember m = ScoredMember.of("M", "U", "C").withMembership(null, parse("2025-05-20"));
        List<Fact> f = List.of(Fact.of("in", "M", "B", parse("2025-05-20")), Fact.of("out", "M", "B",
                parse("2025-05-21")), Fact.of("q3", "M", "B", parse("2025-08-01")));
        Results r = ScoringEngine.evaluate(mini(PartialPeriodPolicy.PRO_RATE_BASE), List.of(m), f, Period.year(2025));
        assertThat(r.member("M").periods()).extracting(p -> p.period().start().getMonthValue()).containsExactly(1, 4);
        var q2 = r.member("M").period(Period.quarter(2025, 2)).orElseThrow();
        // 50 × 50 / 91 = 27.47
        assertThat(q2.base().value()).isEqualByComparingTo("27.47");
        assertThat(q2.points().value()).isEqualByComparingTo("1");
        assertThat(r.ignoredFacts()).extracting(IgnoredFact::factId, IgnoredFact::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("out", IgnoredFact.Reason.OUTSIDE_MEMBERSHIP),
                org.assertj.core.groups.Tuple.tuple("q3", IgnoredFact.Reason.OUTSIDE_MEMBERSHIP));
        // average over the two assessed quarters: (50 + 28.47) ÷ 2 = 39.24 (39.235 rounded half up)
        assertThat(r.member("M").year(2025).orElseThrow().total().value()).isEqualByComparingTo("39.24");
    }

    @Test
    void sameInputInAnyOrderGivesTheSameResult() {
        SchemeVersion s = Mini.scheme(Mini.cap(null, "30"), Mini.itemCap(7, null), Mini.cap("-15", null),
                Mini.quarterly(RollUp.AVERAGE_OF_SUBPERIODS, "100", true));
        Random rnd = new Random(42);
        List<ScoredMember> members = IntStream.range(0, 20).mapToObj(i -> ScoredMember.of("M" + i, "U" + (i % 3),
                "C")).toList();
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            facts.add(Fact.of("f" + i, "M" + rnd.nextInt(20), rnd.nextBoolean() ? "B" : "D",
                    parse("2025-01-01").plusDays(rnd.nextInt(365))).times(1 + rnd.nextInt(3)));
        }
        Results first = ScoringEngine.evaluate(s, members, facts, Period.year(2025));
        List<Fact> shuffled = new ArrayList<>(facts);
        Collections.shuffle(shuffled, new Random(7));
        Results second = ScoringEngine.evaluate(s, members, shuffled, Period.year(2025));
        assertThat(second.members()).isEqualTo(first.members());
        // item count cap 7 per quarter takes the earliest entries, whatever the input order
        assertThat(first.members()).allSatisfy(m -> m.periods().forEach(p -> p.item("B")
                .ifPresent(i -> assertThat(i.countedOccurrences()).isLessThanOrEqualTo(7))));
    }

    @Test
    void rangeMustStartAndEndOnUnitBoundaries() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScoringEngine.evaluate(
                Mini.builder(PeriodUnit.YEAR, true, RollUp.SUM, "0").build(), List.of(), List.of(), Q1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boundary");
    }
}
