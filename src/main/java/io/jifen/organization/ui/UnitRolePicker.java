package io.jifen.organization.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.jifen.organization.Member;
import io.jifen.organization.MemberFilter;
import io.jifen.organization.MemberService;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationType;
import io.jifen.organization.UnitRole;
import io.jifen.security.JifenUser;
import java.util.Arrays;
import org.springframework.data.domain.PageRequest;

/**
 * Role, member and 添加 for one unit. The member box pages through the unit's own subtree as the user types (name
 * or pinyin, the roster's search), so a group leader can only be picked from that group.
 */
class UnitRolePicker extends HorizontalLayout {

    /** What the view does with a pick. */
    interface Assign {
        void assign(Organization unit, long memberId, UnitRole.Kind kind, String memberName);
    }

    final Select<UnitRole.Kind> kind = new Select<>();
    final ComboBox<Member> member = new ComboBox<>();
    final Button add = new Button();
    private final transient MemberService members;
    private final JifenUser user;
    private Organization unit;

    UnitRolePicker(MemberService members, JifenUser user, Assign onAssign) {
        this.members = members;
        this.user = user;
        kind.setLabel(getTranslation("unitRoles.kind"));
        kind.setItemLabelGenerator(k -> getTranslation("unitRole.kind." + k));
        member.setLabel(getTranslation("unitRoles.pickMember"));
        member.setItemLabelGenerator(m -> m.getName() + "（" + m.getOrganization().getName() + "）");
        member.setWidth("20em");
        add.setText(getTranslation("unitRoles.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        add.addClickListener(e -> {
            if (unit != null && kind.getValue() != null && member.getValue() != null) {
                Member m = member.getValue();
                onAssign.assign(unit, m.getId(), kind.getValue(), m.getName());
                member.clear();
            }
        });
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(kind, member, add);
    }

    /** A group offers 党小组长 first; other units never offer it (the service refuses it there too). */
    void setUnit(Organization unit) {
        this.unit = unit;
        setVisible(unit != null);
        if (unit == null) {
            return;
        }
        boolean group = unit.getType() == OrganizationType.GROUP;
        var kinds = Arrays.stream(UnitRole.Kind.values())
                .filter(k -> group || k != UnitRole.Kind.GROUP_LEADER).toList();
        kind.setItems(kinds);
        kind.setValue(group ? UnitRole.Kind.GROUP_LEADER : UnitRole.Kind.DEPARTMENT_HEAD);
        Long unitId = unit.getId();
        member.clear();
        // no count callback: the box pages on while results come, no COUNT per keystroke
        member.setItems(query -> members.page(user,
                new MemberFilter(unitId, null, null, query.getFilter().filter(f -> !f.isBlank()).orElse(null)),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
    }
}
