package io.jifen.scheme.designer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The designer's heading (scheme, version, state) and its commands; the view wires the buttons. */
class DesignerHeader extends HorizontalLayout {

    final H2 title = new H2();
    final Span status = new Span();
    final Button undo = new Button(getTranslation("designer.undo"), VaadinIcon.ARROW_BACKWARD.create());
    final Button redo = new Button(getTranslation("designer.redo"), VaadinIcon.ARROW_FORWARD.create());
    final Button save = new Button(getTranslation("action.save"));
    final Button validate = new Button(getTranslation("designer.validate"));
    final Button publish = new Button(getTranslation("designer.publish"));
    final Button newVersion = new Button(getTranslation("designer.newVersion"));
    /** The version's own tools (items workbook, summary), set when a version is loaded. */
    private final HorizontalLayout tools = new HorizontalLayout();

    DesignerHeader() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        undo.setTooltipText("Ctrl+Z");
        redo.setTooltipText("Ctrl+Shift+Z / Ctrl+Y");
        save.setTooltipText("Ctrl+S");
        HorizontalLayout actions = new HorizontalLayout(undo, redo, save, validate, publish, newVersion, tools);
        actions.setWrap(true);
        VerticalLayout heading = new VerticalLayout(title, status);
        heading.setPadding(false);
        heading.setSpacing(false);
        add(heading, actions);
        addClassName("jifen-view-header");
        setWidthFull();
        setAlignItems(Alignment.CENTER);
        expand(heading);
    }

    void tools(Component... components) {
        tools.removeAll();
        tools.add(components);
    }
}
