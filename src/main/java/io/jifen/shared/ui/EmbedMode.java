package io.jifen.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.function.Consumer;

/**
 * Inside the OA portal's iframe the portal already shows navigation, user and logout; the console then drops its
 * own chrome. Detected in the browser ({@code window.self !== window.top}); the portal may also force it with
 * {@code ?embed=1}. The answer is remembered for the session so later views render right away.
 */
public final class EmbedMode {

    private static final String ATTRIBUTE = EmbedMode.class.getName();

    private EmbedMode() {
    }

    public static boolean isKnownEmbedded() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(ATTRIBUTE));
    }

    public static void remember(boolean embedded) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, embedded);
        }
    }

    /** Asks the browser whether it shows us inside a frame and hands the answer to {@code then}. */
    public static void detect(UI ui, Consumer<Boolean> then) {
        ui.getPage().executeJs("return window.self !== window.top").then(Boolean.class, framed -> {
            boolean embedded = Boolean.TRUE.equals(framed) || isKnownEmbedded();
            remember(embedded);
            then.accept(embedded);
        });
    }
}
