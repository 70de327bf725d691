package io.jifen.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The realm file of {@code config/keycloak} as a test imports it for one deployment. */
final class KeycloakRealm {

    static final Path FILE = Path.of("config", "keycloak", "jifen-realm.json");
    static final String DEMO_SECRET = "demo-only-jifen-console-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KeycloakRealm() {
    }

    /**
     * The file as shipped: Keycloak resolves its {@code ${JIFEN_...}} placeholders from {@code deployment} at import.
     * TEMPORARY until the realm file carries the placeholders: the same settings written in by hand.
     */
    static String forDeployment(Map<String, String> deployment) {
        try {
            String realm = Files.readString(FILE, StandardCharsets.UTF_8);
            if (realm.contains("${JIFEN_PUBLIC_URL")) {
                return realm;
            }
            String console = deployment.get("JIFEN_PUBLIC_URL");
            ObjectNode root = (ObjectNode) JSON.readTree(realm);
            for (var client : root.get("clients")) {
                if ("jifen-console".equals(client.get("clientId").asString())) {
                    ((ArrayNode) client.get("redirectUris")).add(console + "/login/oauth2/code/keycloak");
                    ObjectNode attributes = (ObjectNode) client.get("attributes");
                    attributes.put("post.logout.redirect.uris", console + "/*");
                    attributes.put("backchannel.logout.url", console + "/logout/connect/back-channel/keycloak");
                    attributes.put("backchannel.logout.session.required", "true");
                }
            }
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
