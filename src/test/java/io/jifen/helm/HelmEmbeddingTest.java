package io.jifen.helm;

import static io.jifen.helm.ChartRendering.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deployment settings of issue 7 reach the console through the ConfigMap under the names that
 * config/deployment.env.example documents (the same names the Keycloak realm import reads).
 */
class HelmEmbeddingTest {

    private static final String COOKIE = "SERVER_SERVLET_SESSION_COOKIE_";

    @TempDir
    Path tmp;

    @Test
    void sameSiteIsTheDefaultAndKeepsTheLaxCookieOfTheJar() throws IOException {
        Map<String, String> config = configMap("");

        assertThat(config).containsAllEntriesOf(Map.of("JIFEN_PUBLIC_URL", "", "JIFEN_EMBED_FRAME_SIGN_IN", "false",
                "JIFEN_EMBED_CROSS_SITE", "false", "JIFEN_SSO_CHECK_ENABLED", "true", "JIFEN_SSO_CHECK_RECHECK", "10m"));
        assertThat(config.keySet()).noneMatch(k -> k.startsWith(COOKIE));
    }

    @Test
    void everyEmbedSettingReachesTheConsole() throws IOException {
        Map<String, String> config = configMap("""
                config:
                  publicUrl: https://jifen.example.org
                  embedPortalOrigins: ['https://oa.example.org']
                  embed:
                    portalName: 智慧党建门户
                    frameSignIn: true
                    crossSite: false
                    portalClientIds: [oa-portal, oa-portal-2]
                  ssoCheck: {enabled: false, recheck: 30m}
                """);

        assertThat(config).containsEntry("JIFEN_PUBLIC_URL", "https://jifen.example.org")
                .containsEntry("JIFEN_EMBED_PORTAL_ORIGINS", "https://oa.example.org")
                .containsEntry("JIFEN_EMBED_PORTAL_NAME", "智慧党建门户")
                .containsEntry("JIFEN_EMBED_FRAME_SIGN_IN", "true")
                .containsEntry("JIFEN_EMBED_PORTAL_CLIENT_IDS", "oa-portal,oa-portal-2")
                .containsEntry("JIFEN_SSO_CHECK_ENABLED", "false")
                .containsEntry("JIFEN_SSO_CHECK_RECHECK", "30m");
    }

    @Test
    void crossSiteRendersThePartitionedSecureSameSiteNoneCookie() throws IOException {
        Map<String, String> config = configMap("config: {publicUrl: 'https://jifen.example.org', "
                + "embedPortalOrigins: ['https://oa.example.net'], embed: {crossSite: true, portalClientIds: [oa-portal]}}");

        assertThat(config).containsEntry("JIFEN_EMBED_CROSS_SITE", "true")
                .containsEntry(COOKIE + "SAME_SITE", "none")
                .containsEntry(COOKIE + "SECURE", "true")
                .containsEntry(COOKIE + "PARTITIONED", "true");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "config: {embed: {crossSite: true}}                                          | needs config.publicUrl with https",
            "config: {publicUrl: 'http://jifen.example.org', embed: {crossSite: true}}   | needs config.publicUrl with https",
            "config: {publicUrl: 'https://jifen.example.org/'}                           | publicUrl",
            "config: {publicUrl: 'jifen.example.org'}                                    | publicUrl",
            "config: {embed: {portalClientIds: ['a,b']}}                                 | portalClientIds",
            "config: {ssoCheck: {recheck: 'ten minutes'}}                                | recheck",
    })
    void badEmbedValuesFailTheRender(String values, String expectedMessage) {
        assertThatThrownBy(() -> configMap(values)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(expectedMessage);
    }

    @Test
    void notesNameTheRedirectUriKeycloakMustAccept() throws IOException {
        assertThat(notes("config: {publicUrl: 'https://jifen.example.org'}"))
                .contains("Keycloak must accept https://jifen.example.org/login/oauth2/code/keycloak")
                .contains("JIFEN_PUBLIC_URL=https://jifen.example.org").contains("SSO self-check")
                .doesNotContain("config.publicUrl is empty");
        assertThat(notes("")).contains("config.publicUrl is empty");
    }

    private String notes(String valuesYaml) throws IOException {
        return ChartRendering.notes(tmp, valuesYaml);
    }

    private Map<String, String> configMap(String values) throws IOException {
        return one(ChartRendering.render(tmp, values), ConfigMap.class).getData();
    }
}
