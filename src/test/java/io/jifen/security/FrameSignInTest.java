package io.jifen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.jwt.Jwt;

/** Where the sign-in page may send the frame afterwards, what counts as a frame, and what a logout token is. */
class FrameSignInTest {

    /** Only a path is ever kept: whatever host a URL names, the frame stays on this console (no open redirect). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "/members?embed=1|/members?embed=1",
            "http://console.jifen.test:8080/members?embed=1&continue|/members?embed=1",
            "/members?continue|/members",
            "http://console.jifen.test:8080/profile?embed=1|/profile?embed=1",
            "/|/",
            "''|/",
            "//evil.example/x|/x",
            "https://evil.example//x|/",
            "/\\evil.example|/",
            "javascript:alert(1)|/",
            "members|/",
            "/sso/sign-in?continue=/x|/",
            "/oauth2/authorization/keycloak|/",
            "/logout|/",
            "/login/oauth2/code/keycloak?code=1|/",
            "/members?name=%E7%8E%8B|/members?name=%E7%8E%8B"})
    void continuesOnlyOnOwnPages(String requested, String expected) {
        assertThat(FrameSignIn.continuePath(requested)).isEqualTo(expected);
    }

    @Test
    void pageUrlCarriesTheEncodedPathAndFlag() {
        assertThat(FrameSignIn.pageUrl("/members?embed=1", "failed"))
                .isEqualTo("/sso/sign-in?next=%2Fmembers%3Fembed%3D1&failed");
        assertThat(FrameSignIn.pageUrl(null, null)).isEqualTo("/sso/sign-in?next=%2F");
    }

    @Test
    void onlyAFramesPageLoadIsAFramedNavigation() {
        assertThat(FrameSignIn.isFramedNavigation(request("iframe", "navigate"))).isTrue();
        assertThat(FrameSignIn.isFramedNavigation(request("document", "navigate"))).isFalse();
        assertThat(FrameSignIn.isFramedNavigation(request("empty", "cors"))).as("a script's request").isFalse();
        assertThat(FrameSignIn.isFramedNavigation(new MockHttpServletRequest())).as("old browser").isFalse();
    }

    @Test
    void aLogoutTokenIsForOurClientWithTheLogoutEventAndNoNonce() {
        var rules = BackChannelLogout.logoutTokenRules("jifen-console");
        Map<String, Object> event = Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of());
        assertThat(rules.validate(token(Map.of("aud", List.of("jifen-console"), "events", event, "sid", "s1")))
                .hasErrors()).isFalse();
        assertThat(rules.validate(token(Map.of("aud", List.of("other"), "events", event, "sid", "s1")))
                .hasErrors()).as("another client's").isTrue();
        assertThat(rules.validate(token(Map.of("aud", List.of("jifen-console"), "sid", "s1")))
                .hasErrors()).as("an ID or access token").isTrue();
        assertThat(rules.validate(token(Map.of("aud", List.of("jifen-console"), "events", event, "sid", "s1",
                "nonce", "n")))).extracting(r -> r.hasErrors()).as("with a nonce").isEqualTo(true);
    }

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now()).subject("u1");
        claims.forEach(jwt::claim);
        return jwt.build();
    }

    private static MockHttpServletRequest request(String destination, String mode) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/members");
        request.addHeader("Sec-Fetch-Dest", destination);
        request.addHeader("Sec-Fetch-Mode", mode);
        return request;
    }
}
