package io.jifen.scheme.trial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.scheme.trial.TrialMember;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.SchemeVersion;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** One member of the try-out as inline fields: name, the scheme's member class, status, exempt, delete. */
class MemberRow extends HorizontalLayout {

    private final String id;
    /** The class asked for before the draft's classes are offered (a roster class code, a saved case's class). */
    private final String preselect;
    final TextField name = new TextField();
    final ComboBox<String> memberClass = new ComboBox<>();
    final ComboBox<MemberStatus> status = new ComboBox<>();
    final Checkbox exempt = new Checkbox();
    final Button delete = new Button(VaadinIcon.TRASH.create());

    MemberRow(TrialMember member) {
        this.id = member.id();
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        name.setAriaLabel(getTranslation("trial.member.name"));
        memberClass.setAriaLabel(getTranslation("trial.member.class"));
        status.setAriaLabel(getTranslation("trial.member.status"));
        exempt.setLabel(getTranslation("trial.member.exempt"));
        status.setItems(Arrays.asList(MemberStatus.values()));
        status.setItemLabelGenerator(s -> getTranslation("member.status." + s.name()));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("trial.member.delete"));
        delete.setTooltipText(getTranslation("trial.member.delete"));
        name.setValue(member.name());
        memberClass.setValue(null);
        status.setValue(member.status());
        exempt.setValue(member.exempt());
        add(name, memberClass, status, exempt, delete);
        preselect = member.classId();
    }

    void offer(SchemeVersion draft) {
        String current = memberClass.getValue() == null ? preselect : memberClass.getValue();
        Map<String, String> names = draft.memberClasses().stream()
                .collect(Collectors.toMap(MemberClass::id, c -> c.name() == null ? c.id() : c.name(), (a, b) -> a));
        memberClass.setItemLabelGenerator(c -> names.getOrDefault(c, c));
        memberClass.setItems(draft.memberClasses().stream().map(MemberClass::id).toList());
        memberClass.setValue(names.containsKey(current) ? current : null);
    }

    TrialMember member() {
        return new TrialMember(id, name.getValue(), memberClass.getValue(), status.getValue(), exempt.getValue());
    }

    String id() {
        return id;
    }
}
