package io.jifen.scheme.designer.section;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Workflow.ReviewStep;
import io.jifen.scoring.model.Workflow;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * 审核流程: the review steps in order and who performs each (S9: 自评 → 党小组补充 → 支部审核 → 公示 → 大会通报), the
 * publication window (公示, S8: 7 days) and the days to answer an objection (S8: 3 days).
 */
class WorkflowSection extends SectionForm {

    static final String W = "$.scheme.workflow";
    static final String STEPS = W + ".steps";
    /** Performers the templates use; other roles may be typed. */
    static final List<String> ROLES = List.of("MEMBER", "GROUP_LEADER", "SECRETARY", "BRANCH_COMMITTEE",
            "GENERAL_ASSEMBLY", "GENERAL_BRANCH_COMMITTEE", "DEPARTMENT_HEAD", "REVIEW_PANEL",
            "TOWNSHIP_DEPARTMENTS");

    WorkflowSection(DesignerContext context) {
        super("designer.section.workflow", context, SchemePart.WORKFLOW, W);
    }

    @Override
    protected SchemeVersion inherited(SchemeVersion d, SchemeVersion parent) {
        return workflow(d).steps().isEmpty() && parent.workflow() != null ? d.withWorkflow(parent.workflow()) : d;
    }

    @Override
    protected String structureOf(SchemeVersion d) {
        return workflow(d).steps().stream().map(ReviewStep::id).collect(Collectors.joining("/"));
    }

    @Override
    protected void build(SchemeVersion d) {
        List<ReviewStep> steps = workflow(d).steps();
        for (int i = 0; i < steps.size(); i++) {
            body.add(step(i, steps.size()));
        }
        body.add(action("designer.section.workflow.add", () -> send(STEPS, s -> steps(s, l -> with(l,
                new ReviewStep(freshId("STEP-", l.stream().map(ReviewStep::id).toList()),
                        t("designer.section.workflow.newStep"), "BRANCH_COMMITTEE"))))));
        IntegerField window = bind(new IntegerField(), W + ".publicationWindowDays",
                "designer.section.workflow.publicationWindowDays", s -> workflow(s).publicationWindowDays(),
                (s, v) -> s.withWorkflow(new Workflow(workflow(s).steps(), v == null ? 0 : v,
                        workflow(s).objectionAnswerDays())));
        IntegerField answer = bind(new IntegerField(), W + ".objectionAnswerDays",
                "designer.section.workflow.objectionAnswerDays", s -> workflow(s).objectionAnswerDays(),
                (s, v) -> s.withWorkflow(new Workflow(workflow(s).steps(), workflow(s).publicationWindowDays(),
                        v == null ? 0 : v)));
        body.add(new FormLayout(window, answer));
    }

    private HorizontalLayout step(int i, int size) {
        String p = STEPS + "[" + i + "]";
        TextField name = bind(new TextField(), p + ".name", "designer.section.workflow.stepName",
                s -> workflow(s).steps().get(i).name(),
                (s, v) -> steps(s, l -> replace(l, i, new ReviewStep(l.get(i).id(), v, l.get(i).performerRole()))));
        name.setPrefixComponent(new Span((i + 1) + "."));
        register(p, name);
        var role = bind(codePicker(ROLES, "designer.section.workflow.role."), p + ".performerRole",
                "designer.section.workflow.performerRole", s -> workflow(s).steps().get(i).performerRole(),
                (s, v) -> steps(s, l -> replace(l, i, new ReviewStep(l.get(i).id(), l.get(i).name(), v))));
        HorizontalLayout row = new HorizontalLayout(name, role);
        if (i > 0) {
            row.add(action("designer.section.workflow.up", () -> send(STEPS, s -> steps(s, l -> swap(l, i - 1)))));
        }
        if (i < size - 1) {
            row.add(action("designer.section.workflow.down", () -> send(STEPS, s -> steps(s, l -> swap(l, i)))));
        }
        row.add(action("designer.section.remove", () -> send(STEPS, s -> steps(s, l -> without(l, i)))));
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("designer-step-row");
        return row;
    }

    /** Steps {@code i} and {@code i + 1} change places. */
    private static List<ReviewStep> swap(List<ReviewStep> steps, int i) {
        List<ReviewStep> out = replace(steps, i, steps.get(i + 1));
        return replace(out, i + 1, steps.get(i));
    }

    private static Workflow workflow(SchemeVersion s) {
        return s.workflow() == null ? Workflow.NONE : s.workflow();
    }

    private static SchemeVersion steps(SchemeVersion s, UnaryOperator<List<ReviewStep>> change) {
        Workflow w = workflow(s);
        return s.withWorkflow(new Workflow(change.apply(w.steps()), w.publicationWindowDays(),
                w.objectionAnswerDays()));
    }
}
