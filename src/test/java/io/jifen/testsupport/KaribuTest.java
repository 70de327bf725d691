package io.jifen.testsupport;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import io.jifen.security.JifenUser;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Karibu view tests on the full Spring context and the real database. Karibu runs no servlet filters, so the fake
 * request answers the principal and roles from the security context — which is what Vaadin's access control asks.
 */
public abstract class KaribuTest extends IntegrationTest {

    private static final Routes ROUTES = routes();

    @Autowired
    private ApplicationContext context;

    /** Karibu's discovery skips package-private views (ours are, by design); Spring's scanner finds them. */
    @SuppressWarnings("unchecked")
    private static Routes routes() {
        Routes discovered = new Routes().autoDiscoverViews("io.jifen");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<? extends Component>> views = new HashSet<>(discovered.getRoutes());
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.jifen")) {
            views.add((Class<? extends Component>) ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        return new Routes(views, new HashSet<>(discovered.getErrorRoutes()), true);
    }

    /** Opens a UI as {@code user}; {@code null} opens it anonymously. */
    protected void openAs(JifenUser user) {
        openUi(context, user);
    }

    /** {@link #openAs} outside a test class (the benchmarks): a mock UI on a running Spring context. */
    public static void openUi(ApplicationContext context, JifenUser user) {
        if (user == null) {
            TestUsers.signOut();
        } else {
            TestUsers.signIn(user);
        }
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && !(auth instanceof AnonymousAuthenticationToken)) {
                request.setUserPrincipalInt(auth);
                request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            }
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
        TestUsers.signOut();
    }
}
