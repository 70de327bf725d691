package io.jifen.scheme.designer.ui;

import io.jifen.scheme.designer.Versions;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.scheme.designer.ui.ItemFields.ValueKind;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Recorder;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * 指标: name; value (fixed, by option with its option grid, reviewer range); per-occurrence and period caps; the
 * window cap (rule 1); who records it; evidence; review steps; member classes; statuses; veto; locked.
 */
class ItemForm extends NodeForm<Item, ItemFields> {

    final TextField name = new TextField();
    final RadioButtonGroup<ValueKind> valueKind = new RadioButtonGroup<>();
    final BigDecimalField points = new BigDecimalField();
    final BigDecimalField rangeMin = new BigDecimalField();
    final BigDecimalField rangeMax = new BigDecimalField();
    final OptionsEditor options;
    final IntegerField capCount = new IntegerField();
    final BigDecimalField capPoints = new BigDecimalField();
    final Select<PeriodUnit> window = new Select<>();
    final IntegerField windowCount = new IntegerField();
    final BigDecimalField windowPoints = new BigDecimalField();
    final CheckboxGroup<Recorder> recordedBy = new CheckboxGroup<>();
    final Checkbox evidenceRequired = new Checkbox();
    final CheckboxGroup<String> reviewSteps = new CheckboxGroup<>();
    final CheckboxGroup<String> memberClasses = new CheckboxGroup<>();
    final CheckboxGroup<MemberStatus> statuses = new CheckboxGroup<>();
    final Checkbox veto = new Checkbox();
    final Checkbox locked = new Checkbox();
    /** Names of the workflow's steps and of the member classes, by id, as the draft has them now. */
    private final Map<String, String> names = new HashMap<>();
    private List<String> stepOrder = List.of();
    private List<String> classOrder = List.of();

    ItemForm(Consumer<UnaryOperator<SchemeVersion>> edit) {
        super(edit, new Kind<>(SchemeVersion::items, Item::id, Versions::withItems, ItemFields::of,
                ItemFields::build));
        options = new OptionsEditor(marks, this::change);
        valueKind.setItems(ValueKind.values());
        valueKind.setItemLabelGenerator(k -> getTranslation("designer.item.valueKind." + k.name()));
        recordedBy.setItems(Recorder.values());
        recordedBy.setItemLabelGenerator(r -> getTranslation("designer.recorder." + r.name()));
        statuses.setItems(MemberStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("explain.enum.MemberStatus." + s.name()));
        reviewSteps.setItemLabelGenerator(id -> names.getOrDefault("step:" + id, id));
        memberClasses.setItemLabelGenerator(id -> names.getOrDefault("class:" + id, id));
        window.setItems(PeriodUnit.QUARTER, PeriodUnit.HALF_YEAR, PeriodUnit.YEAR);
        window.setItemLabelGenerator(u -> u == null ? getTranslation("designer.item.window.none")
                : getTranslation("scheme.validation.enum.PeriodUnit." + u.name()));
        window.setEmptySelectionAllowed(true);
        window.setEmptySelectionCaption(getTranslation("designer.item.window.none"));
        List<HasLabel> labelled = List.of(name, valueKind, points, rangeMin, rangeMax, capCount, capPoints, window,
                windowCount, windowPoints, recordedBy, evidenceRequired, reviewSteps, memberClasses, statuses, veto,
                locked);
        String[] keys = {"name", "valueKind", "points", "rangeMin", "rangeMax", "capCount", "capPoints", "window",
                "windowCount", "windowPoints", "recordedBy", "evidenceRequired", "reviewSteps", "memberClasses",
                "statuses", "veto", "locked"};
        for (int k = 0; k < keys.length; k++) {
            labelled.get(k).setLabel(getTranslation("designer.item." + keys[k]));
            if (labelled.get(k) instanceof HasHelper h) {
                h.setHelperText(getTranslation("designer.item." + keys[k] + ".help"));
            }
        }
        wire();
        add(name, valueKind, points, rangeMin, rangeMax, options, capCount, capPoints, window, windowCount,
                windowPoints, recordedBy, evidenceRequired, reviewSteps, memberClasses, statuses, veto, locked);
        List.of(name, valueKind, options, recordedBy, reviewSteps, memberClasses, statuses)
                .forEach(c -> setColspan(c, 2));
    }

    private void wire() {
        bind(".name", name, (f, v) -> f.name = v);
        bind(".value", valueKind, (f, v) -> f.switchTo(v, getTranslation("designer.option.first")));
        bind(".value.points", points, (f, v) -> f.value = new ValueRule.Fixed(v));
        bind(".value.min", rangeMin, (f, v) -> f.value = new ValueRule.ReviewerRange(v,
                ((ValueRule.ReviewerRange) f.value).max()));
        bind(".value.max", rangeMax, (f, v) -> f.value = new ValueRule.ReviewerRange(
                ((ValueRule.ReviewerRange) f.value).min(), v));
        marks.add(".value.options", options.add);
        bind(".cap.maxCount", capCount, (f, v) -> f.capCount = v);
        bind(".cap.maxPoints", capPoints, (f, v) -> f.capPoints = v);
        marks.add(".cap", capPoints);
        bind(".windowCap.window", window, (f, v) -> f.window = v);
        bind(".windowCap.maxCount", windowCount, (f, v) -> f.windowCount = v);
        bind(".windowCap.maxPoints", windowPoints, (f, v) -> f.windowPoints = v);
        marks.add(".windowCap", windowPoints);
        bind(".recordedBy", recordedBy, (f, v) -> f.recordedBy = v);
        bind(".evidenceRequired", evidenceRequired, (f, v) -> f.evidenceRequired = v);
        bind(".reviewStepIds", reviewSteps, (f, v) -> f.reviewStepIds = inWorkflowOrder(v, f.reviewStepIds));
        bind(".memberClassIds", memberClasses, (f, v) -> f.memberClassIds = keepUnknown(v, f.memberClassIds));
        bind(".statuses", statuses, (f, v) -> f.statuses = v);
        bind(".veto", veto, (f, v) -> f.veto = v);
        bind(".locked", locked, (f, v) -> f.locked = v);
        marks.add(".categoryId", name);
    }

    /** Review steps run in the workflow's order; ids the workflow no longer has stay for the validator to report. */
    private List<String> inWorkflowOrder(Set<String> chosen, List<String> before) {
        List<String> out = new ArrayList<>(stepOrder.stream().filter(chosen::contains).toList());
        before.stream().filter(id -> !stepOrder.contains(id)).forEach(out::add);
        return out;
    }

    private Set<String> keepUnknown(Set<String> chosen, Set<String> before) {
        Set<String> out = new HashSet<>(chosen);
        before.stream().filter(id -> !names.containsKey("class:" + id)).forEach(out::add);
        return out;
    }

    @Override
    void fill(SchemeVersion version, Item item) {
        choices(version);
        set(name, item.name() == null ? "" : item.name());
        ValueKind kind = ItemFields.kindOf(item.value());
        set(valueKind, kind);
        points.setVisible(kind == ValueKind.FIXED);
        rangeMin.setVisible(kind == ValueKind.RANGE);
        rangeMax.setVisible(kind == ValueKind.RANGE);
        options.setVisible(kind == ValueKind.BY_OPTION);
        switch (item.value()) {
            case ValueRule.Fixed f -> set(points, f.points());
            case ValueRule.ReviewerRange r -> {
                set(rangeMin, r.min());
                set(rangeMax, r.max());
            }
            case ValueRule.ByOption o -> options.show(o.options());
        }
        set(capCount, item.cap().maxCount());
        set(capPoints, item.cap().maxPoints());
        set(window, item.windowCap() == null ? null : item.windowCap().window());
        set(windowCount, item.windowCap() == null ? null : item.windowCap().maxCount());
        set(windowPoints, item.windowCap() == null ? null : item.windowCap().maxPoints());
        windowCount.setEnabled(item.windowCap() != null);
        windowPoints.setEnabled(item.windowCap() != null);
        set(recordedBy, item.recordedBy());
        set(evidenceRequired, item.evidenceRequired());
        set(reviewSteps, known(item.reviewStepIds(), "step:"));
        set(memberClasses, known(item.memberClassIds(), "class:"));
        set(statuses, item.statuses());
        set(veto, item.veto());
        set(locked, item.locked());
    }

    /** The steps and classes to choose from, as the draft has them (the sections may have changed them). */
    private void choices(SchemeVersion version) {
        Workflow workflow = version.workflow();
        List<String> steps = workflow.steps().stream().map(Workflow.ReviewStep::id).toList();
        List<String> classes = version.memberClasses().stream().map(MemberClass::id).toList();
        names.clear();
        workflow.steps().forEach(s -> names.put("step:" + s.id(), s.name()));
        version.memberClasses().forEach(c -> names.put("class:" + c.id(), c.name()));
        if (!steps.equals(stepOrder)) {
            stepOrder = steps;
            reviewSteps.setItems(steps);
        }
        if (!classes.equals(classOrder)) {
            classOrder = classes;
            memberClasses.setItems(classes);
        }
    }

    private Set<String> known(java.util.Collection<String> ids, String kind) {
        Set<String> out = new LinkedHashSet<>();
        ids.stream().filter(id -> names.containsKey(kind + id)).forEach(out::add);
        return out;
    }

    @Override
    void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        options.setReadOnly(readOnly);
    }
}
