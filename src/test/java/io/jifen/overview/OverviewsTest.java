package io.jifen.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.ledger.LedgerCorrections;
import io.jifen.ledger.LedgerFixture;
import io.jifen.organization.Member;
import io.jifen.overview.OverviewFixture.Tree;
import io.jifen.score.ScoreRow;
import io.jifen.score.ScoreRow.Level;
import io.jifen.score.ScoreStore;
import io.jifen.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overview's aggregations on S8 entries recorded through the ledger in a 总支 with two branches: participation
 * per month (a reversed entry and its reversal left out, a member counted from the month they transferred in), the
 * branches' Q1 averages, tiers of the year; scoped: another tenant's admin and a branch's secretary get nothing for
 * the 总支, the same as for a missing id.
 */
class OverviewsTest extends IntegrationTest {

    static final OverviewPeriod Q1 = new OverviewPeriod(Level.PERIOD, LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 3, 31));

    @Autowired
    OverviewFixture fixture;
    @Autowired
    LedgerFixture ledgerFixture;
    @Autowired
    Overviews overviews;
    @Autowired
    LedgerCorrections corrections;
    @Autowired
    ScoreStore store;
    @Autowired
    JdbcClient jdbc;

    @Test
    void participationAveragesAndTiersOfASubtree() {
        Tree t = fixture.tree(ledgerFixture.apart("QS"));
        Member a1 = fixture.member(t.a(), "甲一");
        Member a2 = fixture.member(t.a(), "甲二");
        Member a3 = fixture.member(t.a(), "甲三");
        Member b1 = fixture.member(t.b(), "乙一");
        Member b2 = fixture.member(t.b(), "乙二");
        fixture.contribution(t.a(), a1, 10, LocalDate.of(2026, 1, 15));
        fixture.contribution(t.a(), a1, 5, LocalDate.of(2026, 2, 10));
        fixture.contribution(t.a(), a2, 40, LocalDate.of(2026, 3, 5)); // 80 + 40 capped at 100
        fixture.deduction(t.b(), b1, 30, LocalDate.of(2026, 1, 20));
        long wrong = fixture.contribution(t.b(), b2, 10, LocalDate.of(2026, 1, 21));
        corrections.reverse(t.b().secretary(), wrong, "记错了人");
        // on the roster from 10 March (set after the entries, so the stored scores stay those of five members)
        Member late = fixture.member(t.b(), "乙三");
        jdbc.sql("update member set transfer_in_date = ? where id = ?").params(LocalDate.of(2026, 3, 10), late.getId())
                .update();

        long general = t.general().getId();
        List<MonthParticipation> months = overviews.participation(t.admin(), general, 2026).orElseThrow();
        YearMonth now = YearMonth.from(overviews.today());
        assertThat(months).hasSize(now.getYear() == 2026 ? now.getMonthValue() : 12);
        assertThat(months.get(0)).isEqualTo(new MonthParticipation(YearMonth.of(2026, 1), 5, 2, 2));
        assertThat(months.get(1)).isEqualTo(new MonthParticipation(YearMonth.of(2026, 2), 5, 1, 1));
        assertThat(months.get(2)).isEqualTo(new MonthParticipation(YearMonth.of(2026, 3), 6, 1, 1));
        assertThat(months.get(0).ratePercent()).isEqualTo(40.0);
        assertThat(months.subList(3, months.size())).allSatisfy(m -> {
            assertThat(m.members()).isEqualTo(6);
            assertThat(m.entries()).isZero();
        });

        List<BranchRow> rows = overviews.branches(t.admin(), general, Q1).orElseThrow();
        assertThat(rows).extracting(r -> r.results().unitId()).containsExactly(t.a().branch().getId(),
                t.b().branch().getId());
        assertThat(rows.get(0).results().members()).isEqualTo(3);
        assertThat(rows.get(0).results().average()).isEqualByComparingTo("91.67"); // (95 + 100 + 80) / 3
        assertThat(rows.get(1).results().members()).isEqualTo(2);
        assertThat(rows.get(1).results().average()).isEqualByComparingTo("65.00"); // (50 + 80) / 2
        // publication and follow-up report each branch: nothing closed, no objection, no task yet
        assertThat(rows).allSatisfy(r -> assertThat(r.status())
                .isEqualTo(new BranchStatus("publication.child.NOT_CLOSED", 0, 0, 0, 0)));

        assertThat(overviews.tiers(t.admin(), general, Q1).orElseThrow()).as("S8 grades the year only")
                .containsExactly(new TierCount(null, null, 5));
        tiersOfTheYear(t, List.of(a1, a2, a3, b1, b2));

        List<OverviewPeriod> periods = overviews.periods(t.admin(), general, 2026);
        assertThat(periods).contains(Q1);
        assertThat(periods).filteredOn(p -> p.level() == Level.YEAR).hasSize(1);
    }

    /** The year's tiers as stored member by member, counted in Java, against the database's grouping. */
    private void tiersOfTheYear(Tree t, List<Member> members) {
        List<ScoreRow> years = members.stream().flatMap(m -> store.ofMember(m.getId()).stream())
                .filter(r -> r.level() == Level.YEAR).toList();
        assertThat(years).hasSize(5);
        Map<String, Long> expected = years.stream().collect(Collectors.groupingBy(r -> Objects.toString(r.tierId()),
                Collectors.counting()));
        OverviewPeriod year = new OverviewPeriod(Level.YEAR, years.getFirst().periodStart(),
                years.getFirst().periodEnd());
        List<TierCount> tiers = overviews.tiers(t.admin(), t.general().getId(), year).orElseThrow();
        assertThat(tiers.stream().collect(Collectors.toMap(c -> Objects.toString(c.tierId()),
                c -> (long) c.members()))).isEqualTo(expected);
        assertThat(tiers).allSatisfy(c -> assertThat(c.tierId()).isNotNull());
        assertThat(tiers.stream().map(TierCount::tierId).distinct().count()).isGreaterThanOrEqualTo(2);
        Function<TierCount, Integer> order = c -> List.of("EXCELLENT", "PASS", "BASIC", "BELOW").indexOf(c.tierId());
        assertThat(tiers).isSortedAccordingTo((x, y) -> order.apply(x) - order.apply(y));
    }

    @Test
    void anotherTenantOrABranchSecretaryGetsForTheGeneralBranchWhatAMissingIdGets() {
        Tree t = fixture.tree(ledgerFixture.apart("QS"));
        Member a1 = fixture.member(t.a(), "甲一");
        fixture.contribution(t.a(), a1, 10, LocalDate.of(2026, 1, 15));
        long general = t.general().getId();
        var hn = ledgerFixture.apart("HN").admin();

        assertThat(overviews.participation(hn, general, 2026)).isEmpty()
                .isEqualTo(overviews.participation(hn, Long.MAX_VALUE, 2026));
        assertThat(overviews.branches(hn, general, Q1)).isEmpty();
        assertThat(overviews.tiers(hn, general, Q1)).isEmpty();
        assertThat(overviews.summary(hn, general, Q1)).isEmpty();
        assertThat(overviews.periods(hn, general, 2026)).isEmpty();
        assertThat(overviews.parents(hn)).extracting(o -> o.getId()).doesNotContain(general);

        assertThat(overviews.branches(t.a().secretary(), general, Q1)).as("above the secretary's branch").isEmpty();
        assertThat(overviews.home(t.a().secretary())).hasValueSatisfying(u -> assertThat(u.getId())
                .isEqualTo(t.a().branch().getId()));
        assertThat(overviews.participation(t.a().secretary(), t.a().branch().getId(), 2026).orElseThrow().getFirst())
                .isEqualTo(new MonthParticipation(YearMonth.of(2026, 1), 1, 1, 1));
        assertThat(overviews.participation(t.a().secretary(), t.b().branch().getId(), 2026)).as("the other branch")
                .isEmpty();
        assertThat(overviews.summary(t.a().secretary(), t.a().branch().getId(), Q1).orElseThrow().pendingReviews())
                .isZero();
    }
}
