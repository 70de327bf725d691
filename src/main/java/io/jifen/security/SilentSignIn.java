package io.jifen.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Inside a frame the console asks Keycloak with {@code prompt=none}: the portal's SSO session signs the frame in
 * without a form, and without one Keycloak answers {@code login_required} at once instead of showing its login
 * page inside the portal (where it would be refused by its own {@code frame-ancestors}, or ask for a password in a
 * window without an address bar). Only when the operator allows Keycloak's form in the frame is the frame's request
 * left as it is.
 */
final class SilentSignIn implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver delegate;
    private final boolean formInFrame;

    SilentSignIn(ClientRegistrationRepository registrations, EmbedProperties embed) {
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        this.formInFrame = embed.frameSignIn();
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return silentInFrame(request, delegate.resolve(request));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return silentInFrame(request, delegate.resolve(request, clientRegistrationId));
    }

    /**
     * The frame's sign-in starts here with the portal's page as referrer (as far as the portal's referrer policy
     * tells it); once Keycloak's redirects pass, that is lost. A whole-page sign-in returns there afterwards.
     */
    private void rememberPortalPage(HttpServletRequest request) {
        String referrer = request.getHeader("Referer");
        if (referrer != null && !referrer.startsWith(ownOrigin(request))) {
            request.getSession().setAttribute(FrameSignIn.PORTAL_PAGE, referrer);
        }
    }

    private static String ownOrigin(HttpServletRequest request) {
        return UriComponentsBuilder.fromUriString(request.getRequestURL().toString()).replacePath("/")
                .replaceQuery(null).build().toUriString();
    }

    private OAuth2AuthorizationRequest silentInFrame(HttpServletRequest request, OAuth2AuthorizationRequest original) {
        if (original == null || !FrameSignIn.isFramedNavigation(request)) {
            return original;
        }
        rememberPortalPage(request);
        if (formInFrame) {
            return original;
        }
        String uri = UriComponentsBuilder.fromUriString(original.getAuthorizationRequestUri())
                .queryParam("prompt", "none").build(true).toUriString();
        return OAuth2AuthorizationRequest.from(original)
                .additionalParameters(p -> p.put("prompt", "none"))
                .authorizationRequestUri(uri).build();
    }
}
