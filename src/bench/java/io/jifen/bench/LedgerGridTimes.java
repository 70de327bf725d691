package io.jifen.bench;

import io.jifen.ledger.query.LedgerQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * (c) of {@link LedgerBench}: the ledger grid's page as {@code LedgerQuery.page} runs it for an admin (its select with
 * member, unit and reversal joins; the reach, then the unit filter as a second {@code org_path like ?}; dates, item,
 * status; {@code order by e.entry_date desc, e.id desc limit 50 offset 0}), no COUNT, for random filters: a scope
 * (the tenant, a 党总支, a 支部, a 党小组), a month or the quarter, an item half the time, a status half the time.
 */
final class LedgerGridTimes {

    private static final String SELECT = LedgerQuery.SELECT;

    private final JdbcClient jdbc;
    private final MembersGridData.Tree tree;
    private final Random random;

    LedgerGridTimes(JdbcClient jdbc, MembersGridData.Tree tree, long seed) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.random = new Random(seed);
    }

    void run(int filters) {
        List<Double> ms = new ArrayList<>();
        List<String> slowest = new ArrayList<>(List.of(""));
        double worst = 0;
        for (int i = 0; i < filters + 20; i++) {
            String scope = scope();
            int month = 1 + random.nextInt(4); // 4 = the whole quarter
            LocalDate from = month == 4 ? LedgerBench.Q_FROM : LocalDate.of(2026, month, 1);
            LocalDate to = month == 4 ? LedgerBench.Q_TO : from.plusMonths(1).minusDays(1);
            String item = random.nextBoolean() ? (random.nextInt(4) == 0 ? "VIOLATION-DEED" : "CONTRIB-DEED") : null;
            String status = random.nextBoolean() ? (random.nextInt(5) == 0 ? "PENDING" : "CONFIRMED") : null;
            String sql = SELECT + "where (e.org_path like ?)" + (scope.equals(tree.rootPath()) ? ""
                    : " and e.org_path like ?") + " and e.entry_date >= ? and e.entry_date <= ?"
                    + (item == null ? "" : " and e.item_id = ?") + (status == null ? "" : " and e.status = ?")
                    + " order by e.entry_date desc, e.id desc limit ? offset ?";
            // an admin's reach (the tenant), then the grid's unit filter, as LedgerQuery binds them
            List<Object> params = new ArrayList<>(List.of(tree.rootPath() + "%"));
            if (!scope.equals(tree.rootPath())) {
                params.add(scope + "%");
            }
            params.addAll(List.of(from, to));
            if (item != null) {
                params.add(item);
            }
            if (status != null) {
                params.add(status);
            }
            params.addAll(List.of(50, 0));
            long t = System.nanoTime();
            int rows = jdbc.sql(sql).params(params).query((rs, n) -> rs.getLong(1)).list().size();
            double took = (System.nanoTime() - t) / 1e6;
            if (i >= 20) { // the first 20 warm the JIT and the buffer pool, unprinted
                ms.add(took);
                if (took > worst) {
                    worst = took;
                    slowest.set(0, String.format(Locale.ROOT, "%s %s..%s item=%s status=%s rows=%d", scope, from, to,
                            item, status, rows));
                }
            }
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "(c) ledger grid page of 50, %d random filters: p50 %.1f ms, p95 %.1f ms, "
                + "max %.1f ms (target p95 ≤ 50 ms); slowest: %s%n", ms.size(), pct(ms, 0.5), pct(ms, 0.95), worst,
                slowest.getFirst());
    }

    private String scope() {
        int kind = random.nextInt(4);
        if (kind == 0) {
            return tree.rootPath();
        }
        String unit = tree.unitPaths().get(random.nextInt(tree.unitPaths().size()));
        String[] parts = unit.substring(1).split("/");
        // parts: root, general, branch[, group]
        return switch (kind) {
            case 1 -> "/" + parts[0] + "/" + parts[1] + "/";
            case 2 -> "/" + parts[0] + "/" + parts[1] + "/" + parts[2] + "/";
            default -> unit;
        };
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
