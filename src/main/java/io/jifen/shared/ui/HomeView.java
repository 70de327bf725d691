package io.jifen.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.jifen.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** The start page sends each role to where its work is. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String target = switch (CurrentUser.require().primaryRole()) {
            case ADMIN -> "organizations";
            case SECRETARY -> "members";
            case MEMBER -> "profile";
        };
        event.forwardTo(target, event.getLocation().getQueryParameters());
    }

}
