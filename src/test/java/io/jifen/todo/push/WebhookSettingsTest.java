package io.jifen.todo.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry schedule and the start-up checks of the webhook settings. */
class WebhookSettingsTest {

    static final URI URL = URI.create("https://oa.example.org/api/todos");
    static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void theWaitDoublesFromTheFirstRetryUpToTheLongest() {
        WebhookSettings s = settings(true, URL, SECRET);
        assertThat(s.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.backoff(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(s.backoff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(s.backoff(60)).isEqualTo(Duration.ofHours(1));
        assertThat(s.lease()).isGreaterThan(s.connectTimeout().plus(s.requestTimeout()));
    }

    @Test
    void anEnabledWebhookNeedsAnAbsoluteHttpUrlAndALongSecret() {
        assertThatThrownBy(() -> settings(true, null, SECRET)).hasMessageContaining("jifen.todo.webhook.url");
        assertThatThrownBy(() -> settings(true, URI.create("/relative"), SECRET)).hasMessageContaining("url");
        assertThatThrownBy(() -> settings(true, URI.create("ftp://oa.example.org/x"), SECRET))
                .hasMessageContaining("url");
        assertThatThrownBy(() -> settings(true, URL, "short")).hasMessageContaining("at least 32");
        assertThat(settings(false, null, null).enabled()).isFalse();
    }

    private static WebhookSettings settings(boolean enabled, URI url, String secret) {
        return new WebhookSettings(enabled, url, secret, Duration.ofSeconds(5), Duration.ofSeconds(10), 10,
                Duration.ofSeconds(30), Duration.ofHours(1), 200, Duration.ofMinutes(1),
                Duration.ofDays(90));
    }
}
