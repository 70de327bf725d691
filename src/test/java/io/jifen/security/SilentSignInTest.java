package io.jifen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/** Keycloak's form appears inside the portal's frame only where the operator allows it. */
class SilentSignInTest {

    private static final InMemoryClientRegistrationRepository REGISTRATIONS = new InMemoryClientRegistrationRepository(
            ClientRegistration.withRegistrationId("keycloak").clientId("jifen-console").clientSecret("s")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid")
                    .authorizationUri("http://sso.jifen.test/realms/jifen/protocol/openid-connect/auth")
                    .tokenUri("http://sso.jifen.test/realms/jifen/protocol/openid-connect/token").build());

    @Test
    void aFrameAsksWithoutAFormAndRemembersThePortalPage() {
        MockHttpServletRequest frame = authorization("iframe", "http://portal.jifen.test/oa/home?tab=2");
        OAuth2AuthorizationRequest request = resolver(false).resolve(frame);
        assertThat(request.getAuthorizationRequestUri()).contains("prompt=none").contains("code_challenge=");
        assertThat(frame.getSession().getAttribute(FrameSignIn.PORTAL_PAGE))
                .isEqualTo("http://portal.jifen.test/oa/home?tab=2");
    }

    @Test
    void aWindowOfItsOwnGetsKeycloaksForm() {
        OAuth2AuthorizationRequest request = resolver(false).resolve(authorization("document", null));
        assertThat(request.getAuthorizationRequestUri()).doesNotContain("prompt=");
    }

    @Test
    void theOperatorMayAllowTheFormInTheFrame() {
        OAuth2AuthorizationRequest request = resolver(true).resolve(authorization("iframe", null));
        assertThat(request.getAuthorizationRequestUri()).doesNotContain("prompt=");
    }

    private static SilentSignIn resolver(boolean formInFrame) {
        return new SilentSignIn(REGISTRATIONS, new EmbedProperties(List.of("http://portal.jifen.test"), "", formInFrame,
                false, List.of()));
    }

    private static MockHttpServletRequest authorization(String destination, String referrer) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/oauth2/authorization/keycloak");
        request.setServletPath("/oauth2/authorization/keycloak");
        request.setServerName("console.jifen.test");
        request.addHeader("Sec-Fetch-Dest", destination);
        request.addHeader("Sec-Fetch-Mode", "navigate");
        if (referrer != null) {
            request.addHeader("Referer", referrer);
        }
        return request;
    }
}
