package io.jifen.bench;

import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.query.LedgerFilter;
import io.jifen.ledger.query.LedgerQuery;
import io.jifen.security.JifenUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;

/**
 * (c) of {@link LedgerBench}: the ledger grid's page through {@code LedgerQuery.page} for an admin (its select with
 * member, unit and reversal joins; the reach, then the unit filter as a second {@code org_path like ?}; dates, item,
 * status; its index choice by the scope's size; {@code order by e.entry_date desc, e.id desc limit 50 offset 0}, rows
 * mapped with the scheme's names), no COUNT, for random filters: a scope
 * (the tenant, a 党总支, a 支部, a 党小组), a month or the quarter, an item half the time, a status half the time.
 */
final class LedgerGridTimes {

    private final LedgerQuery query;
    private final JifenUser admin;
    private final MembersGridData.Tree tree;
    private final Random random;

    LedgerGridTimes(LedgerQuery query, JifenUser admin, MembersGridData.Tree tree, long seed) {
        this.query = query;
        this.admin = admin;
        this.tree = tree;
        this.random = new Random(seed);
    }

    void run(int filters) {
        List<Double> ms = new ArrayList<>();
        Map<String, List<Double>> byShape = new TreeMap<>();
        List<String> slowest = new ArrayList<>(List.of(""));
        double worst = 0;
        for (int i = 0; i < filters + 20; i++) {
            String scope = scope();
            int month = 1 + random.nextInt(4); // 4 = the whole quarter
            LocalDate from = month == 4 ? LedgerBench.Q_FROM : LocalDate.of(2026, month, 1);
            LocalDate to = month == 4 ? LedgerBench.Q_TO : from.plusMonths(1).minusDays(1);
            String item = random.nextBoolean() ? (random.nextInt(4) == 0 ? "VIOLATION-DEED" : "CONTRIB-DEED") : null;
            String status = random.nextBoolean() ? (random.nextInt(5) == 0 ? "PENDING" : "CONFIRMED") : null;
            // an admin's reach (the tenant), then the grid's unit filter: LedgerQuery.page itself, index choice included
            LedgerFilter filter = new LedgerFilter(scope.equals(tree.rootPath()) ? null : scope, from, to, item,
                    status == null ? null : EntryStatus.valueOf(status), null, null);
            long t = System.nanoTime();
            int rows = query.page(admin, filter, 0, 50).size();
            double took = (System.nanoTime() - t) / 1e6;
            if (i >= 20) { // the first 20 warm the JIT and the buffer pool, unprinted
                ms.add(took);
                byShape.computeIfAbsent(shape(scope, item, status), k -> new ArrayList<>()).add(took);
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
        byShape.forEach((shape, list) -> {
            Collections.sort(list);
            System.out.printf(Locale.ROOT, "    %-28s %3d pages: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", shape,
                    list.size(), pct(list, 0.5), pct(list, 0.95), list.getLast());
        });
    }

    /** The scope's depth (1 tenant, 2 党总支, 3 支部, 4 党小组) and whether an item or status narrows it. */
    private static String shape(String scope, String item, String status) {
        int depth = scope.split("/").length - 1;
        String name = switch (depth) {
            case 1 -> "tenant";
            case 2 -> "general branch";
            case 3 -> "branch";
            default -> "group";
        };
        return name + (item == null && status == null ? "" : item != null && status != null ? " +item+status"
                : item != null ? " +item" : " +status");
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
