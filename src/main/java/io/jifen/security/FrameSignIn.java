package io.jifen.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The way into a framed console. A frame's navigation tells the server it is one ({@code Sec-Fetch-Dest: iframe}),
 * so the console signs it in silently ({@code prompt=none}) when the portal's Keycloak session exists, and otherwise
 * shows its own "please sign in" page ({@link #PAGE}) instead of Keycloak's form, which belongs in a window with an
 * address bar.
 */
public final class FrameSignIn {

    /** The console's own sign-in page for frames (and after sign-out, and when a sign-in failed). */
    public static final String PAGE = "/sso/sign-in";
    /** The sign-in a popup window performs at top level for a frame. */
    public static final String POPUP = "/sso/popup";
    /** A top-level round trip: sign in, then back to the portal page ({@code return}). */
    public static final String TOP_LEVEL = "/sso/top-level";
    /** Whether this browser session is signed in (the frame polls it while the popup is open). */
    public static final String STATUS = "/sso/status";
    /**
     * Query parameter of our pages: where to go after signing in. Not "continue": Spring Security marks the URLs of
     * saved requests with a bare {@code continue} parameter and would replace ours.
     */
    public static final String NEXT = "next";
    /** Session attribute: the portal page that framed the console (from the frame's first page load). */
    public static final String PORTAL_PAGE = "jifen.embed.portal-page";
    /** Session attribute: the nonce a cross-site frame's token handoff must echo (a String, used once). */
    public static final String HANDOFF_NONCE = "jifen.embed.handoff-nonce";
    /** Where the authorization request starts; the entry point of every unauthenticated page load. */
    public static final String AUTHORIZATION = "/oauth2/authorization/" + OidcSecurityConfig.REGISTRATION_ID;

    /** Spring Security marks a saved request's URL with this bare parameter; it is no part of the user's page. */
    private static final String SAVED_REQUEST_MARK = "continue";

    private FrameSignIn() {
    }

    /** A page load inside a frame (not a script's request from inside it). */
    public static boolean isFramedNavigation(HttpServletRequest request) {
        String destination = request.getHeader("Sec-Fetch-Dest");
        return ("iframe".equals(destination) || "frame".equals(destination))
                && "navigate".equals(request.getHeader("Sec-Fetch-Mode"));
    }

    /**
     * A path of this console to continue with, taken from a saved request or a parameter: only our own absolute
     * path (never another host, never {@code //host} or a backslash trick), {@code /} otherwise.
     */
    public static String continuePath(String url) {
        if (url == null || url.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(url.strip());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || url.contains("\\")
                    || isSignInFlow(path)) {
                return "/";
            }
            String query = uri.getRawQuery() == null ? "" : java.util.Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !p.equals(SAVED_REQUEST_MARK))
                    .collect(java.util.stream.Collectors.joining("&"));
            return query.isEmpty() ? path : path + "?" + query;
        } catch (IllegalArgumentException notAUrl) {
            return "/";
        }
    }

    /** A path of the sign-in and logout machinery itself: never a page to continue at, never re-checked. */
    static boolean isSignInFlow(String path) {
        return path.startsWith("/sso/") || path.startsWith("/oauth2/") || path.startsWith("/login/")
                || path.startsWith("/logout");
    }

    /** The request's own path and query, without the context path. */
    static String pathOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** The sign-in page for a frame that should continue at {@code path}, with an optional flag. */
    public static String pageUrl(String path, String flag) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(PAGE)
                .queryParam(NEXT, UriUtils.encode(continuePath(path), StandardCharsets.UTF_8));
        if (flag != null) {
            url.queryParam(flag);
        }
        return url.build(true).toUriString();
    }
}
