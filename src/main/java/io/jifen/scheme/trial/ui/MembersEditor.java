package io.jifen.scheme.trial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jifen.organization.Member;
import io.jifen.organization.MemberService;
import io.jifen.scheme.trial.TrialMember;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The try-out's members: picked from the organization's roster or generated samples of a class and status. */
class MembersEditor extends VerticalLayout {

    final Button fromRoster = new Button(getTranslation("trial.member.fromRoster"));
    final Button addSample = new Button(getTranslation("trial.member.addSample"));
    final ComboBox<String> sampleClass = new ComboBox<>(getTranslation("trial.member.class"));
    final ComboBox<MemberStatus> sampleStatus = new ComboBox<>(getTranslation("trial.member.status"));
    final List<MemberRow> rows = new ArrayList<>();
    private final Div body = new Div();
    private final Runnable changed;
    private SchemeVersion draft;
    private int samples;

    MembersEditor(MemberService roster, JifenUser user, long organizationId, Runnable changed) {
        this.changed = changed;
        setPadding(false);
        sampleClass.setHelperText(getTranslation("trial.member.classHelp"));
        sampleStatus.setItems(Arrays.asList(MemberStatus.values()));
        sampleStatus.setItemLabelGenerator(s -> getTranslation("member.status." + s.name()));
        sampleStatus.setValue(MemberStatus.FULL);
        addSample.addClickListener(e -> addSample());
        fromRoster.addClickListener(e -> new RosterPicker(roster, user, organizationId, this::addFromRoster).open());
        HorizontalLayout tools = new HorizontalLayout(fromRoster, sampleClass, sampleStatus, addSample);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H4(getTranslation("trial.members")), tools, body);
    }

    void offer(SchemeVersion scheme) {
        this.draft = scheme;
        String chosen = sampleClass.getValue();
        List<String> ids = scheme.memberClasses().stream().map(MemberClass::id).toList();
        sampleClass.setItemLabelGenerator(id -> scheme.memberClass(id).map(MemberClass::name).orElse(id));
        sampleClass.setItems(ids);
        sampleClass.setValue(ids.contains(chosen) ? chosen : ids.isEmpty() ? null : ids.getFirst());
        rows.forEach(r -> r.offer(scheme));
    }

    MemberRow addSample() {
        samples++;
        return addRow(new TrialMember("S" + samples, getTranslation("trial.member.sampleName", samples),
                sampleClass.getValue(), sampleStatus.getValue(), false));
    }

    /** A roster member joins in the scheme class whose id is their roster class's code, or its name. */
    void addFromRoster(List<Member> picked) {
        for (Member m : picked) {
            String id = "R" + m.getId();
            if (rows.stream().anyMatch(r -> r.id().equals(id))) {
                continue;
            }
            addRow(new TrialMember(id, m.getName(), classFor(m), MemberStatus.valueOf(m.getStatus().name()),
                    m.isExempt()));
        }
    }

    private String classFor(Member m) {
        if (draft == null || m.getMemberClass() == null) {
            return null;
        }
        String code = m.getMemberClass().getCode();
        String name = m.getMemberClass().getName();
        Optional<MemberClass> match = draft.memberClasses().stream()
                .filter(c -> c.id().equalsIgnoreCase(code) || c.name() != null && c.name().equals(name)).findFirst();
        return match.map(MemberClass::id).orElse(sampleClass.getValue());
    }

    MemberRow addRow(TrialMember member) {
        MemberRow row = new MemberRow(member);
        if (draft != null) {
            row.offer(draft);
        }
        row.name.addValueChangeListener(e -> changed.run());
        row.delete.addClickListener(e -> {
            rows.remove(row);
            body.remove(row);
            changed.run();
        });
        rows.add(row);
        body.add(row);
        changed.run();
        return row;
    }

    List<TrialMember> members() {
        return rows.stream().map(MemberRow::member).toList();
    }

    void show(List<TrialMember> members) {
        rows.clear();
        body.removeAll();
        members.forEach(this::addRow);
        // sample ids go on after the highest loaded one, so a new sample never takes a loaded member's id
        samples = members.stream().map(TrialMember::id).filter(id -> id.matches("S\\d+"))
                .mapToInt(id -> Integer.parseInt(id.substring(1))).max().orElse(0);
    }
}
