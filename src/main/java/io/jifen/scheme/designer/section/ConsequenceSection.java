package io.jifen.scheme.designer.section;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.ConsequenceTrigger.RankScope;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.SchemeVersion;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * 后果: rules on tier, rank or repeated low tiers that create a follow-up (S2 bottom 3 → 帮扶谈话, S8 escalation,
 * S9 二星/一星 → 当月约谈, S10 two 不合格 in a row → 一对一帮扶), with who carries it out and by when.
 */
class ConsequenceSection extends RuleForm {

    static final String LIST = "$.scheme.consequenceRules";
    /** Follow-up actions and performers the templates use; other codes may be typed. */
    static final List<String> ACTIONS = List.of("TALK", "HELP_TALK", "REMINDER_TALK", "ADMONITION_TALK",
            "ONE_ON_ONE_HELP", "CORRECTION", "ORGANIZATIONAL_HANDLING", "EXTEND_PROBATION", "COMMENDATION",
            "HONOUR_PLAQUE", "EXCELLENT_MEMBER");
    static final List<String> PERFORMERS = List.of("BRANCH_SECRETARY", "BRANCH", "BRANCH_COMMITTEE",
            "COMMUNITY_SECRETARY", "COMMUNITY_COMMITTEE", "TOWNSHIP_COMMITTEE");

    ConsequenceSection(DesignerContext context) {
        super("designer.section.consequences", context, SchemePart.CONSEQUENCE_RULES, LIST);
    }

    @Override
    protected SchemeVersion inherited(SchemeVersion d, SchemeVersion parent) {
        return d.consequenceRules().isEmpty() ? d.withConsequenceRules(parent.consequenceRules()) : d;
    }

    @Override
    protected String structureOf(SchemeVersion d) {
        return tierStructure(d) + d.consequenceRules().stream().map(r -> r.id() + Triggers.type(r.trigger())
                + Triggers.tierScheme(r.trigger())).collect(Collectors.joining("/"));
    }

    @Override
    protected void build(SchemeVersion d) {
        for (int r = 0; r < d.consequenceRules().size(); r++) {
            body.add(ruleBox(d, r, d.consequenceRules().get(r).trigger()));
        }
        body.add(action("designer.section.consequences.add", () -> send(LIST, this::added)));
    }

    private Div ruleBox(SchemeVersion d, int r, ConsequenceTrigger trigger) {
        String p = LIST + "[" + r + "]";
        String k = "designer.section.consequences.";
        TextField name = bind(new TextField(), p + ".name", k + "name", s -> rule(s, r).name(),
                (s, v) -> rule(s, r, x -> new ConsequenceRule(x.id(), v, x.level(), x.trigger(), x.statuses(),
                        x.followUp())));
        register(p, name);
        Select<Level> level = bind(enumSelect(Level.values()), p + ".level", k + "level", s -> rule(s, r).level(),
                (s, v) -> rule(s, r, x -> new ConsequenceRule(x.id(), x.name(), v, x.trigger(), x.statuses(),
                        x.followUp())));
        var statuses = bind(statusSelect(), p + ".statuses", k + "statuses", s -> rule(s, r).statuses(),
                (s, v) -> rule(s, r, x -> new ConsequenceRule(x.id(), x.name(), x.level(), x.trigger(), v,
                        x.followUp())));
        Select<String> type = new Select<>();
        type.setItems(Triggers.TYPES);
        type.setItemLabelGenerator(nullSafe(x -> t(k + "trigger." + x)));
        bind(type, p + ".trigger", k + "trigger", s -> Triggers.type(rule(s, r).trigger()),
                (s, v) -> trigger(s, r, x -> Triggers.fresh(v, firstScale(s), lowestTier(s, firstScale(s)))));
        FormLayout form = new FormLayout(name, level, statuses, type);
        triggerFields(d, form, p + ".trigger", r, trigger);
        followUp(form, p + ".followUp", r);
        form.add(action("designer.section.remove",
                () -> send(LIST, s -> s.withConsequenceRules(without(s.consequenceRules(), r)))));
        Div box = new Div(form);
        box.addClassName("designer-rule");
        return box;
    }

    private void triggerFields(SchemeVersion d, FormLayout form, String p, int r, ConsequenceTrigger trigger) {
        String k = "designer.section.consequences.";
        if (Triggers.count(trigger) != null) {
            String field = Triggers.countField(trigger);
            form.add(bind(new IntegerField(), p + "." + field, k + field, s -> Triggers.count(rule(s, r).trigger()),
                    (s, v) -> trigger(s, r, x -> Triggers.withCount(x, v == null ? 0 : v))));
        }
        if (Triggers.ranks(trigger)) {
            form.add(bind(enumSelect(RankScope.values()), p + ".scope", k + "scope",
                    s -> Triggers.scope(rule(s, r).trigger()), (s, v) -> trigger(s, r, x -> Triggers.withScope(x, v))));
            return;
        }
        form.add(bind(tierSchemeSelect(d), p + ".tierSchemeId", "designer.section.rule.tierScheme",
                s -> Triggers.tierScheme(rule(s, r).trigger()),
                (s, v) -> trigger(s, r, x -> Triggers.withTier(x, v, lowestTier(s, v)))));
        form.add(bind(tierSelect(d, Triggers.tierScheme(trigger)), p + ".tierId", k + "tierAtOrBelow",
                s -> Triggers.tier(rule(s, r).trigger()),
                (s, v) -> trigger(s, r, x -> Triggers.withTier(x, Triggers.tierScheme(x), v))));
    }

    private void followUp(FormLayout form, String p, int r) {
        String k = "designer.section.consequences.followUp.";
        form.add(bind(codePicker(ACTIONS, k + "action."), p + ".action", k + "action",
                s -> rule(s, r).followUp().action(),
                (s, v) -> follow(s, r, f -> new FollowUp(v == null ? "" : v, f.performer(), f.description(), f.due(),
                        f.days()))));
        form.add(bind(codePicker(PERFORMERS, k + "performer."), p + ".performer", k + "performer",
                s -> rule(s, r).followUp().performer(),
                (s, v) -> follow(s, r, f -> new FollowUp(f.action(), v, f.description(), f.due(), f.days()))));
        form.add(bind(new TextField(), p + ".description", k + "description",
                s -> rule(s, r).followUp().description(),
                (s, v) -> follow(s, r, f -> new FollowUp(f.action(), f.performer(), v, f.due(), f.days()))));
        form.add(bind(enumSelect(FollowUp.Due.values()), p + ".due", k + "due", s -> rule(s, r).followUp().due(),
                (s, v) -> follow(s, r, f -> new FollowUp(f.action(), f.performer(), f.description(), v, f.days()))));
        form.add(bind(new IntegerField(), p + ".days", k + "days", s -> rule(s, r).followUp().days(),
                (s, v) -> follow(s, r, f -> new FollowUp(f.action(), f.performer(), f.description(), f.due(), v))));
    }

    private SchemeVersion added(SchemeVersion s) {
        String id = freshId("CONSEQUENCE-", s.consequenceRules().stream().map(ConsequenceRule::id).toList());
        String scale = firstScale(s);
        ConsequenceTrigger trigger = scale == null ? Triggers.fresh("BottomN", null, null)
                : Triggers.fresh("AtOrBelowTier", scale, lowestTier(s, scale));
        return s.withConsequenceRules(with(s.consequenceRules(), new ConsequenceRule(id,
                t("designer.section.consequences.newName"), Level.PERIOD, trigger, Set.of(),
                new FollowUp("TALK", "BRANCH_SECRETARY", null, FollowUp.Due.NONE, null))));
    }

    private static ConsequenceRule rule(SchemeVersion s, int r) {
        return s.consequenceRules().get(r);
    }

    private static SchemeVersion rule(SchemeVersion s, int r, UnaryOperator<ConsequenceRule> change) {
        return s.withConsequenceRules(replace(s.consequenceRules(), r, change.apply(rule(s, r))));
    }

    private static SchemeVersion trigger(SchemeVersion s, int r, UnaryOperator<ConsequenceTrigger> change) {
        return rule(s, r, x -> new ConsequenceRule(x.id(), x.name(), x.level(), change.apply(x.trigger()),
                x.statuses(), x.followUp()));
    }

    private static SchemeVersion follow(SchemeVersion s, int r, UnaryOperator<FollowUp> change) {
        return rule(s, r, x -> new ConsequenceRule(x.id(), x.name(), x.level(), x.trigger(), x.statuses(),
                change.apply(x.followUp())));
    }
}
