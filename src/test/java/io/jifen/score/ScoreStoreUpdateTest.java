package io.jifen.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.score.ScoreRow.Level;
import io.jifen.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The recompute's write ({@link ScoreStore#update}): an unchanged row keeps its {@code computed_at}, a changed row
 * is updated, a row no longer produced is removed, a new row is inserted; writing the same rows again writes
 * nothing. Unit ranks are counted when read ({@link ScoreStore#RANK_COLUMNS}): competition ranking within the rank
 * unit, level, period and status group, so others' new totals move a row's rank without writing it.
 */
class ScoreStoreUpdateTest extends IntegrationTest {

    private static final LocalDate Q1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);
    private static final long M1 = 9_100_000_001L;
    private static final long M2 = 9_100_000_002L;
    private static final long M3 = 9_100_000_003L;
    private static final List<Long> MEMBERS = List.of(M1, M2, M3);
    /** A rank unit of its own, so that no other test's rows rank with these. */
    private static final long UNIT = 9_100_000_000L;

    @Autowired
    ScoreStore store;
    @Autowired
    JdbcClient jdbc;

    @Test
    void writesOnlyWhatChanged() {
        jdbc.sql("delete from score_result where member_id in (:ids)").param("ids", MEMBERS).update();
        Instant first = Instant.parse("2026-04-01T08:00:00Z");
        assertThat(store.update(MEMBERS, Q1, YEAR_END, List.of(row(M1, Level.PERIOD, "60", first),
                row(M1, Level.YEAR, "60", first), row(M2, Level.PERIOD, "70", first),
                row(M3, Level.PERIOD, "80", first)))).isEqualTo(4);

        Instant second = first.plus(1, ChronoUnit.DAYS);
        int written = store.update(MEMBERS, Q1, YEAR_END, List.of(row(M1, Level.PERIOD, "60", second),
                row(M1, Level.YEAR, "65", second), row(M3, Level.PERIOD, "80", second),
                row(M3, Level.YEAR, "80", second)));

        assertThat(written).isEqualTo(2); // M1's year changed, M3's year is new
        ScoreRow unchanged = only(M1, Level.PERIOD);
        assertThat(unchanged.computedAt()).isEqualTo(first);
        ScoreRow changed = only(M1, Level.YEAR);
        assertThat(changed.total()).isEqualByComparingTo("65");
        assertThat(changed.computedAt()).isEqualTo(second);
        assertThat(store.ofMember(M2)).isEmpty(); // no longer produced
        assertThat(only(M3, Level.YEAR).computedAt()).isEqualTo(second);

        assertThat(store.update(MEMBERS, Q1, YEAR_END, List.of(row(M1, Level.PERIOD, "60", second),
                row(M1, Level.YEAR, "65", second), row(M3, Level.PERIOD, "80", second),
                row(M3, Level.YEAR, "80", second)))).isZero();

        // another member's new total moves M1's rank without writing M1's row: ranks are counted when read
        Instant third = second.plus(1, ChronoUnit.DAYS);
        assertThat(only(M1, Level.PERIOD).unitRank()).isEqualTo(2); // 80 ahead of 60
        assertThat(store.update(MEMBERS, Q1, YEAR_END, List.of(row(M1, Level.PERIOD, "60", second),
                row(M1, Level.YEAR, "65", second), row(M3, Level.PERIOD, "50", third),
                row(M3, Level.YEAR, "80", second)))).isEqualTo(1);
        ScoreRow reranked = only(M1, Level.PERIOD);
        assertThat(reranked.unitRank()).isEqualTo(1);
        assertThat(reranked.unitSize()).isEqualTo(2);
        assertThat(reranked.computedAt()).isEqualTo(first);
        assertThat(only(M3, Level.PERIOD).unitRank()).isEqualTo(2);
    }

    @Test
    void ranksAreCountedWhenReadWithinTheRowsGroup() {
        jdbc.sql("delete from score_result where member_id in (:ids)").param("ids", MEMBERS).update();
        Instant at = Instant.parse("2026-04-01T08:00:00Z");
        long m4 = 9_100_000_004L;
        long m5 = 9_100_000_005L;
        List<Long> five = List.of(M1, M2, M3, m4, m5);
        jdbc.sql("delete from score_result where member_id in (:ids)").param("ids", five).update();
        store.update(five, Q1, YEAR_END, List.of(row(M1, Level.PERIOD, "80", at), row(M2, Level.PERIOD, "80", at),
                row(M3, Level.PERIOD, "70", at), grouped(row(m4, Level.PERIOD, "90", at), "ACTIVIST+CANDIDATE"),
                grouped(row(m5, Level.PERIOD, "95", at), null)));

        assertThat(only(M1, Level.PERIOD).unitRank()).as("ties share the place").isEqualTo(1);
        assertThat(only(M2, Level.PERIOD).unitRank()).isEqualTo(1);
        assertThat(only(M3, Level.PERIOD).unitRank()).as("1, 1, 3").isEqualTo(3);
        assertThat(only(M3, Level.PERIOD).unitSize()).as("the other group and the unranked do not count")
                .isEqualTo(3);
        assertThat(only(m4, Level.PERIOD).unitRank()).isEqualTo(1);
        assertThat(only(m4, Level.PERIOD).unitSize()).isEqualTo(1);
        assertThat(only(m5, Level.PERIOD).unitRank()).as("not ranked").isNull();
        assertThat(only(m5, Level.PERIOD).unitSize()).isNull();
        jdbc.sql("delete from score_result where member_id in (:ids)").param("ids", five).update();
    }

    /** The row ranked in another status group, or not ranked ({@code group} null). */
    private static ScoreRow grouped(ScoreRow r, String group) {
        return new ScoreRow(r.memberId(), r.level(), r.periodStart(), r.periodEnd(), r.organizationId(), r.orgPath(),
                r.rankUnitId(), r.schemeVersionId(), r.base(), r.points(), r.total(), r.rawTotal(), r.reward(),
                r.tierId(), r.tierName(), null, null, group, group == null ? null : r.rawTotal(), r.veto(),
                r.subtotals(), r.computedAt());
    }

    private ScoreRow only(long member, Level level) {
        return store.ofMember(member).stream().filter(r -> r.level() == level).findFirst().orElseThrow();
    }

    static ScoreRow row(long member, Level level, String total, Instant at) {
        LocalDate end = level == Level.YEAR ? YEAR_END : LocalDate.of(2026, 3, 31);
        BigDecimal t = new BigDecimal(total);
        return new ScoreRow(member, level, Q1, end, 1, "/store-update/", UNIT, 1, new BigDecimal("60"), t.subtract(
                new BigDecimal("60")), t, t, BigDecimal.ZERO, "GOOD", "良好", null, null, "", t, false,
                Map.of("CONTRIB", t), at);
    }
}
