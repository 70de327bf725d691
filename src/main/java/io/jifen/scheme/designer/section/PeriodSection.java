package io.jifen.scheme.designer.section;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.PartialPeriodPolicy;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.RankingRule;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.SchemeVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * 周期: the period rule (assessed unit, 清零, roll-up, total cap with reward points, partial periods, evaluation year,
 * interim level) and the ranking rule (rule 6: what ranks are based on, which statuses rank together).
 */
class PeriodSection extends SectionForm {

    static final String P = "$.scheme.periodRule.";
    static final String R = "$.scheme.ranking.";

    PeriodSection(DesignerContext context) {
        super("designer.section.period", context, SchemePart.PERIOD_RULE, "$.scheme.periodRule", "$.scheme.ranking");
    }

    @Override
    protected SchemeVersion inherited(SchemeVersion d, SchemeVersion parent) {
        SchemeVersion out = d.periodRule() == null ? d.withPeriodRule(parent.periodRule()) : d;
        return out.ranking().isDefault() ? out.withRanking(parent.ranking()) : out;
    }

    @Override
    protected String structureOf(SchemeVersion d) {
        return (d.periodRule() == null) + "/" + d.ranking().statusGroups().size() + "/" + categories(d).keySet();
    }

    @Override
    protected void build(SchemeVersion d) {
        if (d.periodRule() == null) {
            body.add(new Paragraph(t("designer.section.period.inherited")));
        } else {
            periodRule();
        }
        ranking(d);
    }

    private void periodRule() {
        var unit = rule(enumSelect(PeriodUnit.values()), "assessedUnit", PeriodRule::assessedUnit,
                PeriodRule::withAssessedUnit);
        var reset = rule(new Checkbox(), "reset", PeriodRule::reset, PeriodRule::withReset);
        var rollUp = rule(enumSelect(RollUp.values()), "rollUp", PeriodRule::rollUp, PeriodRule::withRollUp);
        var cap = rule(new BigDecimalField(), "totalCap", PeriodRule::totalCap,
                (r, v) -> r.withTotalCap(v, r.overflowAsReward()));
        var overflow = rule(new Checkbox(), "overflowAsReward", PeriodRule::overflowAsReward,
                (r, v) -> r.withTotalCap(r.totalCap(), v));
        var partial = rule(enumSelect(PartialPeriodPolicy.values()), "partialPeriods", PeriodRule::partialPeriods,
                PeriodRule::withPartialPeriods);
        Select<Integer> months = new Select<>();
        months.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        months.setItemLabelGenerator(nullSafe(m -> t("designer.section.period.month", m)));
        var yearStart = rule(months, "yearStartMonth", PeriodRule::yearStartMonth, PeriodRule::withYearStart);
        Select<PeriodUnit> interimUnits = enumSelect(PeriodUnit.QUARTER, PeriodUnit.HALF_YEAR);
        interimUnits.setEmptySelectionAllowed(true);
        interimUnits.setEmptySelectionCaption(t("designer.section.period.interimUnit.none"));
        var interim = rule(interimUnits, "interimUnit", PeriodRule::interimUnit,
                (r, v) -> r.withInterim(v, r.interimRollUp()));
        Select<RollUp> interimRolls = enumSelect(RollUp.SUM, RollUp.AVERAGE_OF_SUBPERIODS);
        interimRolls.setEmptySelectionAllowed(true);
        interimRolls.setEmptySelectionCaption(t("designer.section.period.interimRollUp.none"));
        var interimRoll = rule(interimRolls, "interimRollUp", PeriodRule::interimRollUp,
                (r, v) -> r.withInterim(r.interimUnit(), v));
        body.add(new FormLayout(unit, reset, rollUp, cap, overflow, partial, yearStart, interim, interimRoll));
    }

    private <V, F extends AbstractField<?, V>> F rule(F field, String name, Function<PeriodRule, V> read, BiFunction<PeriodRule, V, PeriodRule> write) {
        return bind(field, P + name, "designer.section.period." + name, s -> read.apply(s.periodRule()),
                (s, v) -> s.withPeriodRule(write.apply(s.periodRule(), v)));
    }

    private void ranking(SchemeVersion d) {
        body.add(new H4(t("designer.section.ranking")));
        Map<String, String> categories = categories(d);
        Select<String> basis = new Select<>();
        basis.setItems(categories.keySet());
        basis.setItemLabelGenerator(nullSafe(categories::get));
        basis.setEmptySelectionAllowed(true);
        basis.setEmptySelectionCaption(t("designer.section.ranking.basis.total"));
        bind(basis, R + "basisCategoryId", "designer.section.ranking.basis", s -> s.ranking().basisCategoryId(),
                (s, v) -> s.withRanking(new RankingRule(v, s.ranking().statusGroups())));
        body.add(basis);
        for (int i = 0; i < d.ranking().statusGroups().size(); i++) {
            int g = i;
            MultiSelectComboBox<MemberStatus> group = new MultiSelectComboBox<>();
            group.setItems(MemberStatus.values());
            group.setItemLabelGenerator(this::label);
            bind(group, R + "statusGroups[" + g + "]", "designer.section.ranking.group",
                    s -> s.ranking().statusGroups().get(g), (s, v) -> s.withRanking(groups(s, l -> l.set(g, v))));
            group.setLabel(t("designer.section.ranking.group", g + 1));
            body.add(new HorizontalLayout(group, action("designer.section.remove",
                    () -> send(R + "statusGroups", s -> s.withRanking(groups(s, l -> l.remove(g)))))));
        }
        body.add(action("designer.section.ranking.addGroup",
                () -> send(R + "statusGroups", s -> s.withRanking(groups(s, l -> l.add(Set.of()))))));
    }

    private static RankingRule groups(SchemeVersion s, Consumer<List<Set<MemberStatus>>> change) {
        List<Set<MemberStatus>> groups = new ArrayList<>(s.ranking().statusGroups());
        change.accept(groups);
        return new RankingRule(s.ranking().basisCategoryId(), groups);
    }

    /** Categories a ranking may be based on: the draft's and, for an extension, its parent's. */
    private Map<String, String> categories(SchemeVersion d) {
        Map<String, String> out = new LinkedHashMap<>();
        if (context.parent() != null) {
            context.parent().categories().forEach(c -> out.put(c.id(), c.name()));
        }
        for (Category c : d.categories()) {
            out.put(c.id(), c.name());
        }
        return out;
    }
}
