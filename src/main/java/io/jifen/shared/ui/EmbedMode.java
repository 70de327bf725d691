package io.jifen.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Inside the OA portal's iframe the portal already shows navigation, user and logout; the console then drops its
 * own chrome. The answer belongs to one browser window (one Vaadin {@link UI}, i.e. one page load), never to the
 * session: a new top-level tab of the same session must get the full console. {@code ?embed=1} forces it,
 * {@code ?embed=0} clears it, otherwise the browser tells us whether it frames us ({@code window.self !== window.top}).
 */
public final class EmbedMode {

    private EmbedMode() {
    }

    /** What this window decided so far; the key is private to this class so nothing else can set it. */
    private record Decision(boolean embedded, boolean explicit) {
    }

    public static boolean isEmbedded(UI ui) {
        Decision decision = ComponentUtil.getData(ui, Decision.class);
        return decision != null && decision.embedded();
    }

    /** {@code ?embed=1} or {@code ?embed=0} on a navigation; empty when the URL says nothing. */
    public static Optional<Boolean> requested(Location location) {
        return location.getQueryParameters().getSingleParameter("embed")
                .filter(v -> v.equals("1") || v.equals("0")).map("1"::equals);
    }

    /** An explicit request from the URL; it wins over the browser's frame detection for this window. */
    public static void request(UI ui, boolean embedded) {
        ComponentUtil.setData(ui, Decision.class, new Decision(embedded, true));
    }

    /** Asks the browser whether it shows this window inside a frame and hands the resulting mode to {@code then}. */
    public static void detect(UI ui, Consumer<Boolean> then) {
        ui.getPage().executeJs("return window.self !== window.top").then(Boolean.class, framed -> {
            Decision current = ComponentUtil.getData(ui, Decision.class);
            if (current == null || !current.explicit()) {
                ComponentUtil.setData(ui, Decision.class, new Decision(Boolean.TRUE.equals(framed), false));
            }
            then.accept(isEmbedded(ui));
        });
    }
}
