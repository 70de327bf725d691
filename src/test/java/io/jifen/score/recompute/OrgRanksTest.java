package io.jifen.score.recompute;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.score.ScoreRow;
import io.jifen.score.ScoreRow.Level;
import io.jifen.score.ScoreStore;
import io.jifen.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Organization ranks over a subtree's stored raw totals, competition ranking (equal totals share a rank): the
 * set-based statement of a first computation and the row-by-row writes of a recompute give the same ranks, and the
 * latter writes only the ranks that changed. Rows outside the subtree are not touched.
 */
class OrgRanksTest extends IntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);
    private static final String PATH = "/org-ranks/";
    private static final List<Long> MEMBERS = List.of(9_200_000_001L, 9_200_000_002L, 9_200_000_003L,
            9_200_000_004L);
    private static final long OUTSIDE = 9_200_000_009L;

    @Autowired
    OrgRanks ranks;
    @Autowired
    ScoreStore store;
    @Autowired
    JdbcClient jdbc;

    @Test
    void setBasedAndRowByRowRankAlikeAndOnlyChangesAreWritten() {
        jdbc.sql("delete from score_result where member_id between 9200000001 and 9200000009").update();
        List<String> totals = List.of("10", "20", "20", "5");
        for (int i = 0; i < MEMBERS.size(); i++) {
            store.update(List.of(MEMBERS.get(i)), FROM, TO, List.of(row(MEMBERS.get(i), PATH, totals.get(i))));
        }
        store.update(List.of(OUTSIDE), FROM, TO, List.of(row(OUTSIDE, "/org-ranks-other/", "99")));

        assertThat(ranks.rank(PATH, FROM, TO, 0)).isEqualTo(4); // all changed: the set-based statement
        assertThat(stored()).containsExactly(3, 1, 1, 4);
        assertThat(ranks.rank(PATH, FROM, TO)).isZero();

        jdbc.sql("update score_result set raw_total = 15 where member_id = ?").param(MEMBERS.get(3)).update();
        assertThat(ranks.rank(PATH, FROM, TO)).isEqualTo(2); // row by row: only the two that moved
        assertThat(stored()).containsExactly(4, 1, 1, 3);
        assertThat(jdbc.sql("select count(*) from score_result where member_id = ? and org_rank is null")
                .param(OUTSIDE).query(Integer.class).single()).isEqualTo(1);
    }

    private List<Integer> stored() {
        return MEMBERS.stream().map(m -> jdbc.sql("select org_rank from score_result where member_id = ?").param(m)
                .query(Integer.class).single()).toList();
    }

    private static ScoreRow row(long member, String path, String total) {
        BigDecimal t = new BigDecimal(total);
        return new ScoreRow(member, Level.PERIOD, FROM, TO, 1, path, 1, 1, BigDecimal.ZERO, t, t, t, BigDecimal.ZERO,
                null, null, 1, 4, null, false, Map.of(), Instant.parse("2026-04-01T08:00:00Z"));
    }
}
