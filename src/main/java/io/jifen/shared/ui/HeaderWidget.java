package io.jifen.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the header beside the signed-in user (the todo badge). A bean of this type is picked up
 * by {@link MainLayout}, which thus needs to know no feature: features depend on {@code shared}, never the reverse.
 */
public interface HeaderWidget {

    /** A new component for the layout being built; it reads the signed-in user itself. */
    Component create();
}
