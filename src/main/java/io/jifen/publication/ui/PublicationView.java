package io.jifen.publication.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.jifen.ledger.LedgerService;
import io.jifen.publication.ChildStatus;
import io.jifen.publication.ObjectionService;
import io.jifen.publication.PublicationReads;
import io.jifen.publication.PublicationService;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/**
 * 公示与异议: officers close, publish and republish their units' periods and answer objections, and see their
 * branches' publication state (the parent's 备案 view); members read their unit's 公示 and object in the window.
 */
@Route("publication")
@Menu(title = "nav.publication", order = 8.7, icon = "vaadin:megaphone")
@PermitAll
class PublicationView extends VerticalLayout implements HasDynamicTitle {

    private final JifenUser user = CurrentUser.require();
    final OfficerPanel officer;
    final MemberPanel member;
    final Grid<ChildStatus> children = new Grid<>();

    PublicationView(PublicationService publications, PublicationReads reads, ObjectionService objections,
            LedgerService ledger, Clock clock) {
        addClassName("jifen-view");
        add(new H2(getTranslation("publication.title")));
        var reach = ledger.reach(user);
        officer = reach.managedPath() == null ? null : new OfficerPanel(publications, reads, objections, user, clock);
        if (officer != null) {
            childColumns();
            children.setItems(publications.statusOfChildren(user));
            add(officer, new H3(getTranslation("publication.children.title")), children);
        }
        member = reach.self().isEmpty() ? null : new MemberPanel(reads, objections, user, clock);
        if (member != null) {
            add(new H3(getTranslation("publication.my.title")), member);
        }
    }

    private void childColumns() {
        children.addColumn(ChildStatus::unitName).setHeader(getTranslation("publication.col.unit"))
                .setAutoWidth(true);
        children.addColumn(c -> c.periodStart() == null ? "" : c.periodStart() + " – " + c.periodEnd())
                .setHeader(getTranslation("publication.col.period")).setAutoWidth(true);
        children.addColumn(this::statusText).setHeader(getTranslation("publication.col.state")).setFlexGrow(1);
        children.setAllRowsVisible(true);
    }

    String statusText(ChildStatus c) {
        String state = getTranslation("publication.child." + c.status().name());
        if (c.status() == ChildStatus.Status.PUBLISHED) {
            state = getTranslation("publication.child.openUntil", c.windowTo().toString());
        }
        return c.revision() > 1 ? state + " · " + getTranslation("publication.revision", c.revision()) : state;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publication.title") + " · " + getTranslation("app.title");
    }
}
