package io.jifen.helm;

import static io.jifen.helm.ChartRendering.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OA todo webhook's chart values: off by default (no secret read, so an existing Secret without the key still
 * works); on, the ConfigMap carries URL, interval and attempts and the pod reads the HMAC key from the Secret.
 */
class HelmTodoWebhookTest {

    static final String ENABLED = """
            config:
              todoWebhook: {enabled: true, url: 'https://oa.example.org/api/todos', every: PT30S, maxAttempts: 6}
            secret:
              create: true
              datasourcePassword: db
              oidcClientSecret: oidc
              todoWebhookSecret: the-shared-hmac-key-of-at-least-32-chars
            """;

    @TempDir
    Path tmp;

    @Test
    void offByDefaultAndNoSecretKeyIsRead() throws IOException {
        List<HasMetadata> resources = ChartRendering.render(tmp, "");
        assertThat(one(resources, ConfigMap.class).getData()).containsEntry("JIFEN_TODO_WEBHOOK_ENABLED", "false");
        assertThat(env(resources)).extracting(EnvVar::getName).doesNotContain("JIFEN_TODO_WEBHOOK_SECRET");
    }

    @Test
    void enabledPassesUrlIntervalAttemptsAndTheSecretFromTheSecret() throws IOException {
        List<HasMetadata> resources = ChartRendering.render(tmp, ENABLED);
        assertThat(one(resources, ConfigMap.class).getData()).containsEntry("JIFEN_TODO_WEBHOOK_ENABLED", "true")
                .containsEntry("JIFEN_TODO_WEBHOOK_URL", "https://oa.example.org/api/todos")
                .containsEntry("JIFEN_TODO_WEBHOOK_EVERY", "PT30S")
                .containsEntry("JIFEN_TODO_WEBHOOK_MAX_ATTEMPTS", "6")
                .doesNotContainKey("JIFEN_TODO_WEBHOOK_SECRET");
        EnvVar secret = env(resources).stream().filter(e -> e.getName().equals("JIFEN_TODO_WEBHOOK_SECRET"))
                .findFirst().orElseThrow();
        assertThat(secret.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("todo-webhook-secret");
        String stored = one(resources, Secret.class).getData().get("todo-webhook-secret");
        assertThat(new String(Base64.getDecoder().decode(stored), StandardCharsets.UTF_8))
                .isEqualTo("the-shared-hmac-key-of-at-least-32-chars");
    }

    @Test
    void enabledWithoutUrlOrWithABadIntervalFailsTheRender() {
        assertThatThrownBy(() -> ChartRendering.render(tmp, "config: {todoWebhook: {enabled: true}}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("config.todoWebhook.url");
        assertThatThrownBy(() -> ChartRendering.render(tmp, "config: {todoWebhook: {every: '1 minute'}}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("every");
    }

    private static List<EnvVar> env(List<HasMetadata> resources) {
        return one(resources, Deployment.class).getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv();
    }
}
