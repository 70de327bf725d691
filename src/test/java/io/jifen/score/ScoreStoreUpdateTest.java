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
 * The recompute's write ({@link ScoreStore#update}): an unchanged row keeps its organization rank and
 * {@code computed_at}, a changed row is updated and keeps its rank for the rank pass, a row no longer produced is
 * removed, a new row is inserted; writing the same rows again writes nothing.
 */
class ScoreStoreUpdateTest extends IntegrationTest {

    private static final LocalDate Q1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);
    private static final long M1 = 9_100_000_001L;
    private static final long M2 = 9_100_000_002L;
    private static final long M3 = 9_100_000_003L;
    private static final List<Long> MEMBERS = List.of(M1, M2, M3);

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

        // others' totals moved M1's rank only: the rank columns are written, the figures stay
        Instant third = second.plus(1, ChronoUnit.DAYS);
        ScoreRow moved = ranked(row(M1, Level.PERIOD, "60", third), 2, 4);
        assertThat(store.update(MEMBERS, Q1, YEAR_END, List.of(moved, row(M1, Level.YEAR, "65", third),
                row(M3, Level.PERIOD, "80", third), row(M3, Level.YEAR, "80", third)))).isEqualTo(1);
        ScoreRow reranked = only(M1, Level.PERIOD);
        assertThat(reranked.unitRank()).isEqualTo(2);
        assertThat(reranked.unitSize()).isEqualTo(4);
        assertThat(reranked.computedAt()).isEqualTo(third);
        assertThat(reranked.total()).isEqualByComparingTo("60");
        assertThat(reranked.subtotals()).isEqualTo(moved.subtotals());
        assertThat(only(M1, Level.YEAR).computedAt()).isEqualTo(second);
    }

    private static ScoreRow ranked(ScoreRow r, int rank, int size) {
        return new ScoreRow(r.memberId(), r.level(), r.periodStart(), r.periodEnd(), r.organizationId(), r.orgPath(),
                r.rankUnitId(), r.schemeVersionId(), r.base(), r.points(), r.total(), r.rawTotal(), r.reward(),
                r.tierId(), r.tierName(), rank, size, r.veto(), r.subtotals(), r.computedAt());
    }

    private ScoreRow only(long member, Level level) {
        return store.ofMember(member).stream().filter(r -> r.level() == level).findFirst().orElseThrow();
    }

    static ScoreRow row(long member, Level level, String total, Instant at) {
        LocalDate end = level == Level.YEAR ? YEAR_END : LocalDate.of(2026, 3, 31);
        BigDecimal t = new BigDecimal(total);
        return new ScoreRow(member, level, Q1, end, 1, "/store-update/", 1, 1, new BigDecimal("60"), t.subtract(
                new BigDecimal("60")), t, t, BigDecimal.ZERO, "GOOD", "良好", 1, 3, false,
                Map.of("CONTRIB", t), at);
    }
}
