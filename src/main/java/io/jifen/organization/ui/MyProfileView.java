package io.jifen.organization.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.organization.Member;
import io.jifen.organization.MemberService;
import io.jifen.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;

/** A member's own roster entry, read-only; found through the SSO username, never through a URL parameter. */
@Route("profile")
@Menu(title = "nav.profile", order = 9, icon = "vaadin:user-card")
@PermitAll
class MyProfileView extends VerticalLayout implements HasDynamicTitle {

    MyProfileView(MemberService members) {
        addClassName("jifen-view");
        add(new H2(getTranslation("profile.title")));
        members.myProfile(CurrentUser.require()).ifPresentOrElse(this::show,
                () -> add(new Paragraph(getTranslation("profile.notLinked"))));
    }

    private void show(Member member) {
        FormLayout details = new FormLayout();
        details.addClassName("profile-details");
        field(details, "member.name", member.getName());
        field(details, "member.gender", getTranslation(member.getGender().messageKey()));
        field(details, "member.status", getTranslation(member.getStatus().messageKey()));
        field(details, "member.organization", member.getOrganization().getName());
        field(details, "member.memberClass", member.getMemberClass() == null ? "" : member.getMemberClass().getName());
        field(details, "member.birthDate", date(member.getBirthDate()));
        field(details, "member.joinDate", date(member.getJoinDate()));
        field(details, "member.phone", member.getPhone());
        field(details, "member.mobile", getTranslation(member.isMobile() ? "common.yes" : "common.no"));
        field(details, "member.exempt", getTranslation(member.isExempt() ? "common.yes" : "common.no"));
        add(details);
    }

    private void field(FormLayout layout, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        layout.add(field);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.profile") + " · " + getTranslation("app.title");
    }
}
