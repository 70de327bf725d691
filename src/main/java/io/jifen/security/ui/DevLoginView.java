package io.jifen.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.jifen.security.DevUsers;
import io.jifen.security.DevUsers.DevUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * One click signs in as a demo user. Exists only with the dev profile: without the {@link DevUsers} bean the route
 * answers "not found", so a production deployment has no password login at all.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class DevLoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DevUsers devUsers;

    DevLoginView(ObjectProvider<DevUsers> devUsers) {
        this.devUsers = devUsers.getIfAvailable();
        addClassName("dev-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (devUsers == null || devUsers.users().isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("login.title")), new Paragraph(getTranslation("login.devHint")));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Paragraph error = new Paragraph(getTranslation("login.failed"));
            error.addClassName("row-error");
            add(error);
        }
        devUsers.users().forEach(user -> add(userCard(user)));
    }

    private Div userCard(DevUser user) {
        Span roles = new Span(user.roles().stream().map(r -> getTranslation("role." + r.name()))
                .reduce((a, b) -> a + "、" + b).orElse(""));
        roles.getElement().getThemeList().add("badge");
        Div card = new Div(new Span(user.displayName()), roles, new Span(" " + user.orgCode() + " "));
        card.getElement().appendChild(loginForm(user));
        card.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "center")
                .set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return card;
    }

    /** A plain HTML form posting to Spring Security's login endpoint, with the CSRF token of this session. */
    private Element loginForm(DevUser user) {
        Element form = new Element("form").setAttribute("method", "post").setAttribute("action", "login");
        form.appendChild(hidden("username", user.username()), hidden("password", devUsers.password()));
        csrfToken().ifPresent(token -> form.appendChild(hidden(token.getParameterName(), token.getToken())));
        Element submit = new Element("button").setAttribute("type", "submit").setAttribute("class", "dev-login-button")
                .setAttribute("data-username", user.username()).setText(getTranslation("login.as", user.username()));
        form.appendChild(submit);
        return form;
    }

    private static Element hidden(String name, String value) {
        return new Element("input").setAttribute("type", "hidden").setAttribute("name", name)
                .setAttribute("value", value);
    }

    private static java.util.Optional<CsrfToken> csrfToken() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable((CsrfToken) request.getAttribute(CsrfToken.class.getName()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
