package io.jifen.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.jifen.shared.Messages;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Chinese unless the user picked English. Secretaries often run browsers set to English; the console should still
 * speak Chinese to them until they ask otherwise, and remember that choice in a cookie.
 */
@Component
public class UiLanguage implements VaadinServiceInitListener {

    static final String COOKIE = "jifen-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(chosen(VaadinRequest.getCurrent())));
    }

    static Locale chosen(VaadinRequest request) {
        return chosen(request == null ? null : request.getCookies());
    }

    /** The same choice for pages outside Vaadin (error pages, the frame's sign-in page). */
    static Locale chosen(Cookie[] cookies) {
        boolean english = cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()));
        return english ? Locale.ENGLISH : Messages.CHINESE;
    }

    /** Remembers the choice for a year; the caller reloads the page so every view re-renders in it. */
    public static void choose(Locale locale) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage().equals("en") ? "en" : "zh");
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }
}
