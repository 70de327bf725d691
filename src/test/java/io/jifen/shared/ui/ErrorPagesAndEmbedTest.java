package io.jifen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 6, UI stumbles 3 and 6: embed mode belongs to one window; errors are our pages inside our layout. */
class ErrorPagesAndEmbedTest extends KaribuTest {

    @Test
    void anUnknownAddressShowsOurNotFoundPageInsideTheLayout() {
        openAs(TestUsers.QS01_SECRETARY);
        // UI.navigate() hands unknown paths to the browser's router; a page load of the address is what users do
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no-such-page/at-all"), NavigationTrigger.PAGE_LOAD);
        assertThat(chain().getFirst()).isInstanceOf(NotFoundView.class);
        assertThat(chain().get(1)).as("header and menu stay").isInstanceOf(MainLayout.class);
        NotFoundView page = (NotFoundView) chain().getFirst();
        assertThat(heading(page)).isEqualTo("页面不存在");
        assertThat(page.getPageTitle()).isEqualTo("页面不存在 · 党员积分管理");
    }

    @Test
    void aDeniedViewShowsOurAccessDeniedPageInsideTheLayout() {
        openAs(TestUsers.QS_MEMBER);
        UI.getCurrent().navigate("organizations");
        assertThat(chain().getFirst()).isInstanceOf(AccessDeniedView.class);
        assertThat(chain().get(1)).isInstanceOf(MainLayout.class);
        assertThat(heading((AccessDeniedView) chain().getFirst())).isEqualTo("无权访问");
    }

    @Test
    void embedModeIsDecidedPerWindowAndResetByEmbedZero() {
        openAs(TestUsers.QS01_SECRETARY);
        UI.getCurrent().navigate("members", QueryParameters.of("embed", "1"));
        assertThat(layout().isEmbedded()).isTrue();
        UI.getCurrent().navigate("organizations");
        assertThat(layout().isEmbedded()).as("the same window stays embedded while navigating").isTrue();

        // nothing about it is kept in the session, so another window (a new UI of this session) starts full
        VaadinSession session = VaadinSession.getCurrent();
        java.util.Set<String> attributes = session.getSession().getAttributeNames();
        assertThat(attributes).noneMatch(name -> name.contains("Embed"));
        assertThat(session.getAttribute(EmbedMode.class.getName())).as("where it used to be kept").isNull();
        assertThat(EmbedMode.isEmbedded(new UI())).isFalse();

        UI.getCurrent().navigate("members", QueryParameters.of("embed", "0"));
        assertThat(layout().isEmbedded()).isFalse();
        assertThat(layout().isDrawerOpened()).as("the menu is back").isTrue();
        UI.getCurrent().navigate("organizations");
        assertThat(layout().isEmbedded()).isFalse();
    }

    private static List<? extends com.vaadin.flow.component.HasElement> chain() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain();
    }

    private static MainLayout layout() {
        return (MainLayout) chain().get(1);
    }

    private static String heading(ErrorPage page) {
        return page.getChildren().filter(H2.class::isInstance).map(c -> ((H2) c).getText()).findFirst().orElseThrow();
    }
}
