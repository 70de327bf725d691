package io.jifen.bench;

import io.jifen.score.ScoreBoard;
import io.jifen.score.ScoreRow.Level;
import io.jifen.security.JifenUser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * (e) of {@link LedgerBench}: pages of 50 of the quarter's 积分榜 through {@code ScoreBoard.page}, whose ranks are
 * counted when read (1 + the rows of the same rank unit, period and group ranked higher): for the whole tenant
 * (100,000 rows) and for one 支部, sorted by total and by rank, at offsets of the first 20 pages.
 */
final class ScoreBoardTimes {

    private final ScoreBoard board;
    private final JifenUser admin;
    private final JdbcClient jdbc;
    private final Random random;

    ScoreBoardTimes(ScoreBoard board, JifenUser admin, JdbcClient jdbc, long seed) {
        this.board = board;
        this.admin = admin;
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    void run(long root, String rootPath, int pages) {
        List<Long> branches = jdbc.sql("select id from organization where path like ? and type = 'BRANCH'")
                .param(rootPath + "%").query(Long.class).list();
        for (ScoreBoard.Sort sort : List.of(ScoreBoard.Sort.TOTAL, ScoreBoard.Sort.RANK)) {
            times("tenant", sort, pages, () -> root);
            times("branch", sort, pages, () -> branches.get(random.nextInt(branches.size())));
        }
    }

    private void times(String scope, ScoreBoard.Sort sort, int pages, java.util.function.LongSupplier unit) {
        List<Double> ms = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < pages + 5; i++) {
            var q = new ScoreBoard.Query(unit.getAsLong(), Level.PERIOD, LedgerBench.Q_FROM, null, null, sort);
            int offset = scope.equals("tenant") ? 50 * random.nextInt(20) : 0;
            long t = System.nanoTime();
            rows = board.page(admin, q, offset, 50).size();
            if (i >= 5) { // the first 5 warm up, unprinted
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "(e) scoreboard page of 50 (ranks counted when read), %s sorted by %s, "
                + "%d pages: p50 %.1f ms, p95 %.1f ms, max %.1f ms (last page %d rows)%n", scope, sort, ms.size(),
                pct(ms, 0.5), pct(ms, 0.95), ms.getLast(), rows);
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
