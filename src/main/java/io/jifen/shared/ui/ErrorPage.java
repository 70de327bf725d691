package io.jifen.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The body of an error page inside the console's own layout: a code, a translated title and explanation and a way
 * back to the start page. The request's path is never echoed (it may come from anyone's link).
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    ErrorPage(String code, String titleKey, String textKey) {
        this.titleKey = titleKey;
        addClassNames("jifen-view", "jifen-error-page");
        setAlignItems(Alignment.CENTER);
        Div number = new Div(code);
        number.addClassName("jifen-error-code");
        Button home = new Button(getTranslation("error.page.home"),
                e -> getUI().ifPresent(ui -> ui.navigate("")));
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(number, new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)), home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.title");
    }
}
