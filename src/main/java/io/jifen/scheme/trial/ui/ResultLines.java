package io.jifen.scheme.trial.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.scoring.result.CategoryResult;
import io.jifen.scoring.result.EligibilityResult;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.InterimResult;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Rank;
import io.jifen.scoring.result.TierResult;
import io.jifen.scoring.result.TriggeredConsequence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The lines of one member's result: per period, per interim period and per year, then consequences and notes. */
final class ResultLines {

    private final SchemeVersion scheme;
    private final ResultsView view;

    ResultLines(SchemeVersion scheme, ResultsView view) {
        this.scheme = scheme;
        this.view = view;
    }

    List<Component> member(MemberResult m) {
        List<Component> out = new ArrayList<>();
        if (m.exempt()) {
            out.add(new Paragraph(view.getTranslation("trial.result.exempt")));
        }
        for (PeriodResult p : m.periods()) {
            out.add(new H5(view.getTranslation("trial.result.period", label(p.period()))));
            out.addAll(period(m.memberId(), p));
        }
        for (InterimResult i : m.interims()) {
            out.add(new H5(view.getTranslation("trial.result.interim", label(i.period()))));
            String id = m.memberId();
            out.add(number(id, Level.INTERIM, i.period(), "total", "trial.result.total", i.total()));
            addReward(out, id, Level.INTERIM, i.period(), i.rewardPoints());
            addTiers(out, id, Level.INTERIM, i.period(), i.tiers());
            addRank(out, id, Level.INTERIM, i.period(), i.rankInUnit());
        }
        for (AnnualResult y : m.years()) {
            out.add(new H5(view.getTranslation(y.complete() ? "trial.result.year" : "trial.result.yearPartial",
                    label(y.period()))));
            out.addAll(year(m.memberId(), y));
        }
        for (TriggeredConsequence c : m.consequences()) {
            String shown = c.followUp().description() == null ? c.ruleId() : c.followUp().description();
            out.add(view.line(ResultsView.key(m.memberId(), c.level(), c.period(), "consequence:" + c.ruleId()),
                    view.getTranslation("trial.result.consequence", label(c.period())), shown,
                    () -> view.explain(c.reason())));
        }
        m.notes().forEach(n -> out.add(new Paragraph(view.explain(n))));
        return out;
    }

    private List<Component> period(String id, PeriodResult p) {
        List<Component> out = new ArrayList<>();
        for (CategoryResult c : p.categories()) {
            String name = scheme.categories().stream().filter(x -> x.id().equals(c.categoryId())).findFirst()
                    .map(Category::name).orElse(c.categoryId());
            String label = c.parentId() == null ? name : "　" + name;
            out.add(view.line(ResultsView.key(id, Level.PERIOD, p.period(), "category:" + c.categoryId()), label,
                    plain(c.capped().value()), c.capped()));
            if (c.overflow().value().signum() != 0) {
                out.add(number(id, Level.PERIOD, p.period(), "overflow:" + c.categoryId(),
                        "trial.result.categoryOverflow", c.overflow()));
            }
        }
        if (p.base().value().signum() != 0) {
            out.add(number(id, Level.PERIOD, p.period(), "base", "trial.result.base", p.base()));
        }
        if (p.carried().value().signum() != 0) {
            out.add(number(id, Level.PERIOD, p.period(), "carried", "trial.result.carried", p.carried()));
        }
        out.add(number(id, Level.PERIOD, p.period(), "total", "trial.result.total", p.total()));
        addReward(out, id, Level.PERIOD, p.period(), p.rewardPoints());
        addVeto(out, id, Level.PERIOD, p.period(), p.veto(), p.vetoFactIds());
        addTiers(out, id, Level.PERIOD, p.period(), p.tiers());
        addRank(out, id, Level.PERIOD, p.period(), p.rankInUnit());
        return out;
    }

    private List<Component> year(String id, AnnualResult y) {
        List<Component> out = new ArrayList<>();
        out.add(number(id, Level.YEAR, y.period(), "total", "trial.result.total", y.total()));
        addReward(out, id, Level.YEAR, y.period(), y.rewardPoints());
        addVeto(out, id, Level.YEAR, y.period(), y.veto(), List.of());
        addTiers(out, id, Level.YEAR, y.period(), y.tiers());
        addRank(out, id, Level.YEAR, y.period(), y.rankInUnit());
        for (EligibilityResult e : y.eligibility()) {
            String shown = view.getTranslation(e.eligible() ? "trial.result.eligible" : "trial.result.notEligible");
            out.add(view.line(ResultsView.key(id, Level.YEAR, y.period(), "eligibility:" + e.ruleId()),
                    e.name() == null ? e.ruleId() : e.name(), shown, () -> e.reasons().stream().map(view::explain)
                            .collect(Collectors.joining(view.getTranslation("trial.result.reasonSeparator")))));
        }
        return out;
    }

    private Component number(String id, Level level, Period period, String what, String labelKey, Explained v) {
        return view.line(ResultsView.key(id, level, period, what), view.getTranslation(labelKey), plain(v.value()), v);
    }

    private void addReward(List<Component> out, String id, Level level, Period period, Explained reward) {
        if (reward.value().signum() != 0 || scheme.periodRule().overflowAsReward()) {
            out.add(number(id, level, period, "reward", "trial.result.reward", reward));
        }
    }

    private void addVeto(List<Component> out, String id, Level level, Period period, boolean veto,
            List<String> facts) {
        if (veto) {
            out.add(view.line(ResultsView.key(id, level, period, "veto"), view.getTranslation("trial.result.veto"),
                    view.getTranslation("trial.result.yes"), () -> facts.isEmpty()
                            ? view.getTranslation("trial.result.vetoInYear")
                            : view.getTranslation("trial.result.vetoFacts", String.join(", ", facts))));
        }
    }

    private void addTiers(List<Component> out, String id, Level level, Period period, List<TierResult> tiers) {
        for (TierResult t : tiers) {
            String scale = scheme.tierScheme(t.tierSchemeId()).map(TierScheme::name).orElse(t.tierSchemeId());
            out.add(view.line(ResultsView.key(id, level, period, "tier:" + t.tierSchemeId()), scale, t.tierName(),
                    t.basis()));
        }
    }

    private void addRank(List<Component> out, String id, Level level, Period period, Rank rank) {
        if (rank == null) {
            return;
        }
        String shown = view.getTranslation("trial.result.rankOf", rank.position(), rank.of());
        out.add(view.line(ResultsView.key(id, level, period, "rank"), view.getTranslation("trial.result.rank"),
                shown, () -> view.getTranslation("trial.result.rankExplain", rank.position(), rank.of(),
                        rank.fromBottom()) + (rank.basis() == null ? ""
                        : view.getTranslation("trial.result.rankBasis", view.explain(rank.basis())))));
    }

    private String label(Period p) {
        return view.getTranslation("explain.period", p.start().toString(), p.end().toString());
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
