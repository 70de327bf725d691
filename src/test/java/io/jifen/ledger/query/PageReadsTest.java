package io.jifen.ledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.LedgerCorrections;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationService;
import io.jifen.organization.OrganizationType;
import io.jifen.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The three ways a ledger page is read give the same rows: the merge of the units' own ranges (a 支部 with two
 * 党小组, a 党小组 alone) pages exactly like MariaDB's own plan and like the forced scope index, for every filter and
 * offset, and none of them shows another tenant's entries; and the choice between them follows the scope's size as
 * docs/performance.md describes.
 */
class PageReadsTest extends IntegrationTest {

    @Autowired
    LedgerFixture fixture;
    @Autowired
    LedgerService ledger;
    @Autowired
    LedgerCorrections corrections;
    @Autowired
    OrganizationService organizations;
    @Autowired
    SchemeNames names;
    @Autowired
    ScopeSizes sizes;
    @Autowired
    JdbcClient jdbc;

    @Test
    void mergedUnitRangesPageExactlyLikeTheOtherReads() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Organization second = organizations.create(b.admin(), b.branch().getId(), new Organization(
                b.code() + "-2", "台账测试第二党小组", OrganizationType.GROUP));
        List<Member> members = List.of(fixture.member(b, b.group(), "甲一", "ORDINARY"),
                fixture.member(b, b.group(), "甲二", "ORDINARY"), fixture.member(b, second, "乙一", "ORDINARY"),
                fixture.member(b, b.branch(), "丙一", "ORDINARY"));
        List<EntryDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Member m = members.get(i % members.size());
            // dates repeat across units (ties broken by id), two items, values that differ
            drafts.add(new EntryDraft(m.getId(), i % 3 == 0 ? "VIOLATION-DEED" : "CONTRIB-DEED", null,
                    BigDecimal.valueOf(1 + i % 7), 1, LocalDate.of(2026, 1 + i % 3, 1 + (i * 5) % 27), "依据" + i,
                    null));
        }
        var stored = ledger.record(b.secretary(), EntrySource.SECRETARY, drafts).entries();
        corrections.reverse(b.secretary(), stored.get(4).getId(), "记错了");

        LedgerQuery merged = query(Way.MERGED);
        LedgerQuery own = query(Way.OWN);
        LedgerQuery scopeIndex = query(Way.SCOPE_INDEX);
        int compared = 0;
        for (String unit : new String[] {null, b.group().getPath(), second.getPath(), b.branch().getPath()}) {
            for (LedgerFilter f : filters(unit)) {
                for (int offset : new int[] {0, 3, 7, 30}) {
                    List<Long> expected = ids(own.page(b.secretary(), f, offset, 5));
                    assertThat(ids(merged.page(b.secretary(), f, offset, 5))).as("%s offset %d", f, offset)
                            .isEqualTo(expected);
                    assertThat(ids(scopeIndex.page(b.secretary(), f, offset, 5))).isEqualTo(expected);
                    compared += expected.size();
                }
            }
        }
        assertThat(compared).as("rows compared").isGreaterThan(150);
        // the merge reads one range per unit path the ledger holds under the scope
        assertThat(new PageReads(sizes, jdbc).unitRanges(List.of(b.branch().getPath()), LedgerFilter.none())
                .unitPaths()).containsExactlyInAnyOrder(b.branch().getPath(), b.group().getPath(), second.getPath());
        // another tenant's 支部 as the unit filter: nothing, on every way of reading, like a unit that does not exist
        Branch hn = fixture.branch("HN", "s08-xujiayan-cun");
        Member hnMember = fixture.member(hn, hn.group(), "丁一", "ORDINARY");
        ledger.record(hn.secretary(), EntrySource.SECRETARY, List.of(new EntryDraft(hnMember.getId(), "CONTRIB-DEED",
                null, BigDecimal.ONE, 1, LocalDate.of(2026, 1, 5), "依据", null)));
        for (LedgerQuery q : List.of(merged, own, scopeIndex)) {
            for (String foreign : new String[] {hn.branch().getPath(), hn.group().getPath(), "/999999/"}) {
                assertThat(q.page(b.secretary(), new LedgerFilter(foreign, null, null, null, null, null, null), 0,
                        50)).isEmpty();
            }
            assertThat(ids(q.page(hn.secretary(), LedgerFilter.none(), 0, 50))).as("HN sees only its own")
                    .doesNotContainAnyElementsOf(ids(own.page(b.secretary(), LedgerFilter.none(), 0, 100)))
                    .hasSize(1);
        }
        // the reversal and its reversed entry show as such on the merged page too
        LedgerRow reversed = merged.page(b.secretary(), LedgerFilter.none(), 0, 100).stream()
                .filter(r -> r.id() == stored.get(4).getId()).findFirst().orElseThrow();
        assertThat(reversed.reversedBy()).isNotNull();
    }

    @Test
    void theReadFollowsTheScopeSize() {
        // the benchmark's tenant: 100,000 members, 党总支 of 10,000 in 51 units, 支部 of 1,000 in 5, 党小组 of 200
        ScopeSizes bench = new ScopeSizes(jdbc, Clock.systemUTC()) {
            final Map<String, long[]> byPath = Map.of("/9/", new long[] {100_000, 511}, "/9/1/", new long[] {10_000,
                    51}, "/9/1/2/", new long[] {1_000, 5}, "/9/1/2/3/", new long[] {200, 1});

            @Override
            long members(String path) {
                return byPath.get(path)[0];
            }

            @Override
            long units(String path) {
                return byPath.get(path)[1];
            }

            @Override
            double rowsPerMember() {
                return 50;
            }
        };
        PageReads reads = new PageReads(bench, jdbc);
        LedgerFilter none = LedgerFilter.none();
        LedgerFilter pending = new LedgerFilter(null, null, null, "CONTRIB-DEED", EntryStatus.PENDING, null, null);
        assertThat(reads.choose(List.of("/9/"), none, 50)).isEqualTo(PageReads.PageRead.OWN_CHOICE);
        assertThat(reads.choose(List.of("/9/1/"), pending, 50)).isEqualTo(PageReads.PageRead.OWN_CHOICE);
        assertThat(reads.choose(List.of("/9/1/2/"), none, 50).merged()).isTrue();
        assertThat(reads.choose(List.of("/9/1/2/"), pending, 50).index()).isEqualTo("ix_ledger_entry_scope_status");
        LedgerFilter confirmed = new LedgerFilter(null, null, null, "CONTRIB-DEED", EntryStatus.CONFIRMED, null, null);
        assertThat(reads.choose(List.of("/9/1/2/"), confirmed, 50).index()).as("the item is the rarer filter")
                .isEqualTo("ix_ledger_entry_scope_item");
        assertThat(reads.choose(List.of("/9/1/2/3/"), pending, 50).merged()).isTrue();
        assertThat(reads.choose(List.of("/9/1/2/"), none, 2_000).merged()).as("deep pages too").isTrue();
        // two led groups are merged together
        assertThat(reads.choose(List.of("/9/1/2/3/", "/9/1/2/3/"), none, 50).merged()).isTrue();
        // a name search is driven from the member side
        assertThat(reads.choose(List.of("/9/1/2/"), new LedgerFilter(null, null, null, null, null, null, "zhang"),
                50)).isEqualTo(PageReads.PageRead.OWN_CHOICE);
    }

    @Test
    void theScopeIsTheReachNarrowedByTheUnitFilter() {
        assertThat(LedgerQuery.within(List.of("/1/2/"), null)).containsExactly("/1/2/");
        assertThat(LedgerQuery.within(List.of("/1/2/"), "/1/2/5/")).containsExactly("/1/2/5/");
        assertThat(LedgerQuery.within(List.of("/1/2/5/", "/1/2/6/"), "/1/2/")).containsExactly("/1/2/5/", "/1/2/6/");
        assertThat(LedgerQuery.within(List.of("/1/2/"), "/1/3/")).isEmpty();
        assertThat(LedgerQuery.within(List.of("/1/2/"), "/1/22/")).isEmpty();
    }

    private enum Way {
        MERGED, OWN, SCOPE_INDEX
    }

    /** The grid's query with its way of reading fixed, whatever the scope's size. */
    private LedgerQuery query(Way way) {
        PageReads fixed = new PageReads(sizes, jdbc) {
            @Override
            PageRead choose(List<String> scopes, LedgerFilter f, int wanted) {
                return switch (way) {
                    case MERGED -> unitRanges(scopes, f);
                    case OWN -> PageRead.OWN_CHOICE;
                    case SCOPE_INDEX -> new PageRead(scopeIndex(f), List.of());
                };
            }
        };
        return new LedgerQuery(ledger, names, jdbc, fixed);
    }

    private static List<LedgerFilter> filters(String unit) {
        LocalDate feb = LocalDate.of(2026, 2, 1);
        return List.of(new LedgerFilter(unit, null, null, null, null, null, null),
                new LedgerFilter(unit, null, null, "CONTRIB-DEED", null, null, null),
                new LedgerFilter(unit, null, null, null, EntryStatus.CONFIRMED, null, null),
                new LedgerFilter(unit, feb, feb.plusMonths(1).minusDays(1), "VIOLATION-DEED", EntryStatus.CONFIRMED,
                        null, null),
                new LedgerFilter(unit, feb, null, null, null, EntrySource.SECRETARY, null));
    }

    private static List<Long> ids(List<LedgerRow> rows) {
        return rows.stream().map(LedgerRow::id).toList();
    }
}
