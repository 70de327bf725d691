package io.jifen.scheme.designer.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import io.jifen.security.JifenUser;
import java.util.function.Consumer;

/** Opens the designer on a version in a fresh UI as a user, for the designer's Karibu tests. */
final class DesignerPages {

    private DesignerPages() {
    }

    /** The view the router shows for the version: the designer, or the "not found" page. */
    static Component open(Consumer<JifenUser> openAs, JifenUser user, long versionId) {
        MockVaadin.tearDown();
        openAs.accept(user);
        UI.getCurrent().navigate("schemes/design/" + versionId);
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
