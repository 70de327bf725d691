package io.jifen.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import java.util.List;
import java.util.Locale;

/**
 * Header, role-dependent navigation (only the views the user may open, from their {@code @Menu} entries) and the
 * embed mode that hides all of it inside the OA portal's frame.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient List<MenuVisibility> visibility;
    private final transient List<HeaderWidget> headerWidgets;
    private final SideNav nav = new SideNav();
    private final HorizontalLayout embedNav = new HorizontalLayout();

    public MainLayout(AuthenticationContext authentication, List<MenuVisibility> visibility,
            List<HeaderWidget> headerWidgets) {
        this.authentication = authentication;
        this.visibility = visibility;
        this.headerWidgets = headerWidgets;
        addClassName("jifen-layout");
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), nav);
        addToNavbar(true, new DrawerToggle(), embedNav, userBox());
        embedNav.addClassName("embed-nav");
        embedNav.setVisible(false);
        buildNavigation();
    }

    private Div brand() {
        Div brand = new Div(new Span(getTranslation("app.title")));
        brand.addClassName("jifen-brand");
        return brand;
    }

    private void buildNavigation() {
        JifenUser user = CurrentUser.find().orElse(null);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (user != null && visibility.stream().anyMatch(v -> v.hides(entry.menuClass(), user))) {
                continue;
            }
            String label = getTranslation(entry.title());
            SideNavItem item = entry.icon() == null ? new SideNavItem(label, entry.path())
                    : new SideNavItem(label, entry.path(), icon(entry.icon()));
            nav.addItem(item);
            Button link = new Button(label, e -> UI.getCurrent().navigate(entry.path()));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            embedNav.add(link);
        }
    }

    private static Icon icon(String name) {
        String[] parts = name.split(":", 2);
        return parts.length == 2 ? new Icon(parts[0], parts[1]) : new Icon("vaadin", name);
    }

    private HorizontalLayout userBox() {
        HorizontalLayout box = new HorizontalLayout();
        box.addClassName("jifen-user");
        box.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Select<Locale> language = new Select<>();
        language.setItems(io.jifen.shared.Messages.CHINESE, Locale.ENGLISH);
        // each language is named in itself (same text in both bundles), so a reader can always find their own
        language.setItemLabelGenerator(l -> getTranslation("language.name." + l.getLanguage()));
        language.setValue(getLocale().getLanguage().equals("en") ? Locale.ENGLISH : io.jifen.shared.Messages.CHINESE);
        language.addValueChangeListener(e -> {
            UiLanguage.choose(e.getValue());
            UI.getCurrent().getPage().reload();
        });
        language.setAriaLabel(getTranslation("layout.language"));
        headerWidgets.forEach(w -> box.add(w.create()));
        box.add(language);
        CurrentUser.find().map(JifenUser::displayName).ifPresent(name -> {
            Span user = new Span(name);
            user.addClassName("jifen-user-name");
            user.setTitle(getTranslation("layout.signedInAs", name));
            box.add(user);
        });
        if (authentication.isAuthenticated()) {
            Button logout = new Button(getTranslation("layout.logout"), e -> logout());
            logout.addClassName("jifen-logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            box.add(logout);
        }
        return box;
    }

    /**
     * A plain form POST to Spring Security's logout, as a page load of this window: the logout handler then sends the
     * window on to Keycloak, which ends the SSO session (the portal's sign-in too) and comes back to "signed out".
     * Not {@code AuthenticationContext.logout()}: it redirects from inside a Vaadin request, and the client's reload
     * on the now expired session can cut that redirect off before it reaches Keycloak.
     */
    private void logout() {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        UI.getCurrent().getPage().executeJs("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = $0;
                if ($1) {
                  const token = document.createElement('input');
                  token.type = 'hidden'; token.name = $1; token.value = $2;
                  form.appendChild(token);
                }
                document.body.appendChild(form);
                form.submit();""", request.getContextPath() + "/logout",
                csrf == null ? "" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        applyEmbedMode(EmbedMode.isEmbedded(ui));
        EmbedMode.detect(ui, this::applyEmbedMode);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        UI ui = UI.getCurrent();
        EmbedMode.requested(event.getLocation()).ifPresent(embedded -> EmbedMode.request(ui, embedded));
        applyEmbedMode(EmbedMode.isEmbedded(ui));
    }

    /** Inside the portal: no drawer, no brand — a slim row of links to our views, the user's name and a logout. */
    void applyEmbedMode(boolean embedded) {
        boolean wasEmbedded = isEmbedded();
        getElement().getClassList().set("embedded", embedded);
        if (embedded) {
            setDrawerOpened(false);
        } else if (wasEmbedded) {
            setDrawerOpened(true); // ?embed=0 in the same window brings the menu back
        }
        embedNav.setVisible(embedded);
    }

    public boolean isEmbedded() {
        return getElement().getClassList().contains("embedded");
    }
}
