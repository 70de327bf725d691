package io.jifen.security;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.Assert;

/** Production sign-in: Keycloak OIDC (authorization code + PKCE), the portal's SSO session is reused. */
@Configuration
@Profile("!dev")
class OidcSecurityConfig {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcProperties oidc) {
        Assert.hasText(oidc.issuerUri(), "jifen.oidc.issuer-uri (JIFEN_OIDC_ISSUER_URI) must name the Keycloak realm");
        Assert.hasText(oidc.clientId(), "jifen.oidc.client-id (JIFEN_OIDC_CLIENT_ID) must be set");
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(oidc.redirectUriTemplate())
                .scope("openid", "profile")
                .issuerUri(oidc.issuerUri())
                .authorizationUri(oidc.endpoint("auth"))
                .tokenUri(oidc.endpoint("token"))
                .jwkSetUri(oidc.endpoint("certs"))
                .userInfoUri(oidc.endpoint("userinfo"))
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc.endpoint("logout")))
                .clientName("Keycloak")
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    @Bean
    SecurityFilterChain oidcFilterChain(HttpSecurity http, ClientRegistrationRepository registrations,
                                        OidcProperties oidc, EmbedProperties embed,
                                        VaadinDefaultRequestCache requests, SsoLogouts logouts)
            throws Exception {
        SecurityConfig.common(http);
        // Keycloak's back-channel call carries no session and no CSRF token: the signed logout token is the proof
        http.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, BackChannelLogout.PATH).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, BackChannelLogout.PATH)));
        http.oauth2Login(login -> login
                .authorizationEndpoint(a -> a.authorizationRequestResolver(new SilentSignIn(registrations, embed)))
                .failureHandler(new SignInFailure(requests))
                .userInfoEndpoint(info -> info.oidcUserService(jifenOidcUserService())));
        if (embed.crossSite()) {
            // Keycloak's cookies never reach a cross-site frame: a silent sign-in there could only fail (and an http
            // Keycloak inside an https portal would even be blocked as mixed content), so a framed page load without
            // a session goes straight to the console's sign-in page, which takes the portal's token hand-over
            http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor((request, response, refused) ->
                    response.sendRedirect(request.getContextPath()
                            + FrameSignIn.pageUrl(FrameSignIn.pathOf(request), null)),
                    FrameSignIn::isFramedNavigation));
        }
        Clock clock = Clock.systemUTC();
        http.sessionManagement(s -> s.sessionAuthenticationStrategy(new SsoSessionStrategy(clock)));
        http.addFilterAfter(new EndedSsoSessionFilter(logouts, requests, embed, clock),
                SecurityContextHolderFilter.class);
        var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        // after signing out of Keycloak too, the console says so (also inside the portal's frame)
        logout.setPostLogoutRedirectUri(oidc.postLogoutRedirectUri());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .oauth2LoginPage("/oauth2/authorization/" + REGISTRATION_ID)
                        .logoutSuccessHandler(logout)
                        .anyRequest(SecurityConfig::otherPathsForSignedInUsers))
                .build();
    }

    /** /api/v1 with bearer tokens from the same realm: signature from its keys, issuer checked, claims mapped once. */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, OidcProperties oidc, ApiRefusals refusals)
            throws Exception {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(oidc.endpoint("certs")).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(oidc.issuerUri()), forTheConsole(oidc.clientId())));
        return ApiSecurity.base(http, refusals, "Bearer")
                .oauth2ResourceServer(rs -> rs.authenticationEntryPoint(ApiSecurity.unauthorized(refusals, "Bearer"))
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(ApiAuthentication::new)))
                .build();
    }

    /**
     * A token of the realm is not enough: it must be the console's — issued to it ({@code azp}) or for it
     * ({@code aud}, e.g. a portal's token exchanged for the console). A portal's token for its own client is refused.
     */
    static OAuth2TokenValidator<Jwt> forTheConsole(String clientId) {
        return jwt -> clientId.equals(jwt.getClaimAsString("azp"))
                || (jwt.getAudience() != null && jwt.getAudience().contains(clientId))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "not a token for " + clientId,
                        null));
    }

    /** Maps the Keycloak user once, at sign-in, into our principal. */
    static OAuth2UserService<OidcUserRequest, OidcUser> jifenOidcUserService() {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser oidcUser = delegate.loadUser(request);
            Map<String, Object> claims = new HashMap<>(oidcUser.getClaims());
            JifenUser user = KeycloakClaimsMapper.toUser(claims);
            return new JifenOidcUser(user, oidcUser.getIdToken(), oidcUser.getUserInfo());
        };
    }
}
