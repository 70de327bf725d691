package io.jifen.scheme.designer.section;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scoring.model.EligibilityCondition.EveryPeriodAtLeast;
import io.jifen.scoring.model.EligibilityCondition.NoVeto;
import io.jifen.scoring.model.EligibilityCondition.YearAtLeast;
import io.jifen.scoring.model.EligibilityCondition.YearTotalAbove;
import io.jifen.scoring.model.EligibilityCondition;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.SchemeVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * 评优条件: yearly flags such as 优秀党员 (S9: every quarter at least 四星 and the year 五星), each with its conditions and
 * the statuses it is for (S3: admission by the annual score is for activists).
 */
class EligibilitySection extends RuleForm {

    static final String LIST = "$.scheme.eligibilityRules";
    static final List<String> TYPES = List.of("EveryPeriodAtLeast", "YearAtLeast", "YearTotalAbove", "NoVeto");

    EligibilitySection(DesignerContext context) {
        super("designer.section.eligibility", context, SchemePart.ELIGIBILITY_RULES, LIST);
    }

    @Override
    protected SchemeVersion inherited(SchemeVersion d, SchemeVersion parent) {
        return d.eligibilityRules().isEmpty() ? d.withEligibilityRules(parent.eligibilityRules()) : d;
    }

    @Override
    protected String structureOf(SchemeVersion d) {
        return tierStructure(d) + d.eligibilityRules().stream().map(r -> r.id() + r.conditions().stream()
                .map(c -> c.getClass().getSimpleName() + tierSchemeOf(c)).toList()).collect(Collectors.joining());
    }

    @Override
    protected void build(SchemeVersion d) {
        for (int r = 0; r < d.eligibilityRules().size(); r++) {
            body.add(ruleBox(d, r));
        }
        body.add(action("designer.section.eligibility.add", () -> send(LIST, s -> s.withEligibilityRules(
                with(s.eligibilityRules(), new EligibilityRule(freshId("ELIGIBLE-", ids(s)),
                        t("designer.section.eligibility.newName"), List.of(new NoVeto())))))));
    }

    private Div ruleBox(SchemeVersion d, int r) {
        String p = LIST + "[" + r + "]";
        TextField name = bind(new TextField(), p + ".name", "designer.section.eligibility.name",
                s -> rule(s, r).name(), (s, v) -> rule(s, r, x -> new EligibilityRule(x.id(), v, x.conditions(),
                        x.statuses())));
        register(p, name);
        var statuses = bind(statusSelect(), p + ".statuses", "designer.section.eligibility.statuses",
                s -> rule(s, r).statuses(), (s, v) -> rule(s, r, x -> new EligibilityRule(x.id(), x.name(),
                        x.conditions(), v)));
        Div box = new Div(new HorizontalLayout(name, statuses, action("designer.section.remove",
                () -> send(LIST, s -> s.withEligibilityRules(without(s.eligibilityRules(), r))))));
        box.addClassName("designer-rule");
        List<EligibilityCondition> conditions = d.eligibilityRules().get(r).conditions();
        for (int c = 0; c < conditions.size(); c++) {
            box.add(condition(d, r, c, conditions.get(c)));
        }
        box.add(action("designer.section.eligibility.addCondition", () -> send(p + ".conditions",
                s -> conditions(s, r, l -> with(l, new NoVeto())))));
        return box;
    }

    private HorizontalLayout condition(SchemeVersion d, int r, int c, EligibilityCondition condition) {
        String p = LIST + "[" + r + "].conditions[" + c + "]";
        Select<String> type = new Select<>();
        type.setItems(TYPES);
        type.setItemLabelGenerator(nullSafe(x -> t("designer.section.eligibility.type." + x)));
        bind(type, p + ".type", "designer.section.eligibility.type", s -> cond(s, r, c).getClass().getSimpleName(),
                (s, v) -> conditions(s, r, l -> replace(l, c, fresh(s, v))));
        HorizontalLayout row = new HorizontalLayout(type);
        switch (condition) {
            case EveryPeriodAtLeast e -> tierFields(d, row, p, r, c, e.tierSchemeId(),
                    (ts, tier) -> new EveryPeriodAtLeast(ts, tier));
            case YearAtLeast y -> tierFields(d, row, p, r, c, y.tierSchemeId(), (ts, tier) -> new YearAtLeast(ts, tier));
            case YearTotalAbove y -> {
                row.add(bind(new BigDecimalField(), p + ".threshold", "designer.section.eligibility.threshold",
                        s -> ((YearTotalAbove) cond(s, r, c)).threshold(), (s, v) -> conditions(s, r, l -> replace(
                                l, c, new YearTotalAbove(v, ((YearTotalAbove) l.get(c)).inclusive())))));
                row.add(bind(new Checkbox(), p + ".inclusive", "designer.section.eligibility.inclusive",
                        s -> ((YearTotalAbove) cond(s, r, c)).inclusive(), (s, v) -> conditions(s, r, l -> replace(
                                l, c, new YearTotalAbove(((YearTotalAbove) l.get(c)).threshold(), v)))));
            }
            case NoVeto n -> { }
        }
        row.add(action("designer.section.remove", () -> send(LIST + "[" + r + "].conditions",
                s -> conditions(s, r, l -> without(l, c)))));
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void tierFields(SchemeVersion d, HorizontalLayout row, String p, int r, int c, String tierSchemeId,
            BiFunction<String, String, EligibilityCondition> make) {
        row.add(bind(tierSchemeSelect(d), p + ".tierSchemeId", "designer.section.rule.tierScheme",
                s -> tierSchemeOf(cond(s, r, c)),
                (s, v) -> conditions(s, r, l -> replace(l, c, make.apply(v, lowestTier(s, v))))));
        row.add(bind(tierSelect(d, tierSchemeId), p + ".tierId", "designer.section.rule.tierAtLeast",
                s -> tierOf(cond(s, r, c)),
                (s, v) -> conditions(s, r, l -> replace(l, c, make.apply(tierSchemeOf(l.get(c)), v)))));
    }

    private EligibilityCondition fresh(SchemeVersion s, String type) {
        String scale = firstScale(s);
        String best = scale(s, scale).map(ts -> ts.tiers().getFirst().id()).orElse(null);
        return switch (type) {
            case "EveryPeriodAtLeast" -> new EveryPeriodAtLeast(scale, best);
            case "YearAtLeast" -> new YearAtLeast(scale, best);
            case "YearTotalAbove" -> new YearTotalAbove(BigDecimal.valueOf(90), true);
            default -> new NoVeto();
        };
    }

    private static String tierSchemeOf(EligibilityCondition c) {
        return switch (c) {
            case EveryPeriodAtLeast e -> e.tierSchemeId();
            case YearAtLeast y -> y.tierSchemeId();
            default -> null;
        };
    }

    private static String tierOf(EligibilityCondition c) {
        return switch (c) {
            case EveryPeriodAtLeast e -> e.tierId();
            case YearAtLeast y -> y.tierId();
            default -> null;
        };
    }

    private static EligibilityRule rule(SchemeVersion s, int r) {
        return s.eligibilityRules().get(r);
    }

    private static EligibilityCondition cond(SchemeVersion s, int r, int c) {
        return rule(s, r).conditions().get(c);
    }

    private static SchemeVersion rule(SchemeVersion s, int r, UnaryOperator<EligibilityRule> change) {
        return s.withEligibilityRules(replace(s.eligibilityRules(), r, change.apply(rule(s, r))));
    }

    private static SchemeVersion conditions(SchemeVersion s, int r,
            UnaryOperator<List<EligibilityCondition>> change) {
        return rule(s, r, x -> new EligibilityRule(x.id(), x.name(), change.apply(x.conditions()), x.statuses()));
    }

    private static List<String> ids(SchemeVersion s) {
        return s.eligibilityRules().stream().map(EligibilityRule::id).toList();
    }
}
