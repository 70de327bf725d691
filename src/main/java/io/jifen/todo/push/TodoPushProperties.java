package io.jifen.todo.push;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jifen.todo.*}. Todo links in the pushed payload are absolute under the console's public address,
 * {@code jifen.oidc.public-url} ({@code JIFEN_PUBLIC_URL}), which the SSO setup needs anyway.
 *
 * @param webhook the OA portal's webhook
 */
@ConfigurationProperties("jifen.todo")
public record TodoPushProperties(@DefaultValue WebhookSettings webhook) {
}
