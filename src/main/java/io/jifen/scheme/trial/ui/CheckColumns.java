package io.jifen.scheme.trial.ui;

import com.vaadin.flow.component.grid.Grid;
import io.jifen.scheme.trial.CaseOutcome.Checked;
import io.jifen.scheme.trial.Expectation;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import java.math.BigDecimal;
import java.util.function.Supplier;

/** The columns of a case's expectations: where, expected and actual total and tier, pass or fail. */
final class CheckColumns {

    private CheckColumns() {
    }

    static void add(Grid<Checked> grid, Supplier<SchemeVersion> draft) {
        grid.addColumn(c -> c.expected().memberId()).setHeader(grid.getTranslation("trial.check.member"));
        grid.addColumn(c -> where(grid, c.expected())).setHeader(grid.getTranslation("trial.check.period"))
                .setAutoWidth(true);
        grid.addColumn(c -> plain(c.expected().total())).setHeader(grid.getTranslation("trial.check.expectedTotal"));
        grid.addColumn(c -> plain(c.actualTotal())).setHeader(grid.getTranslation("trial.check.actualTotal"));
        grid.addColumn(c -> tierName(draft.get(), c.expected())).setHeader(grid.getTranslation("trial.check.expectedTier"));
        grid.addColumn(c -> c.actualTierName() == null ? "—" : c.actualTierName())
                .setHeader(grid.getTranslation("trial.check.actualTier"));
        grid.addColumn(c -> grid.getTranslation(c.passed() ? "trial.check.pass" : "trial.check.fail"))
                .setHeader(grid.getTranslation("trial.check.result"));
    }

    private static String where(Grid<?> grid, Expectation e) {
        return grid.getTranslation("trial.level." + e.level().name()) + " "
                + grid.getTranslation("explain.period", e.start().toString(), e.end().toString());
    }

    private static String tierName(SchemeVersion scheme, Expectation e) {
        if (e.tierId() == null) {
            return "—";
        }
        return scheme.tierScheme(e.tierSchemeId()).flatMap(ts -> ts.tiers().stream()
                .filter(t -> t.id().equals(e.tierId())).findFirst()).map(Tier::name).orElse(e.tierId());
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : ResultLines.plain(v);
    }
}
