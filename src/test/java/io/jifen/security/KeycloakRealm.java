package io.jifen.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The realm file of {@code config/keycloak}, exactly as an operator imports it. */
final class KeycloakRealm {

    static final Path FILE = Path.of("config", "keycloak", "jifen-realm.json");
    /** The demo secret the realm file falls back to when {@code JIFEN_OIDC_CLIENT_SECRET} is not set. */
    static final String DEMO_SECRET = "demo-only-jifen-console-secret";

    private KeycloakRealm() {
    }

    /** The file unchanged: Keycloak resolves its {@code ${JIFEN_...}} placeholders from the environment at import. */
    static String asShipped() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
