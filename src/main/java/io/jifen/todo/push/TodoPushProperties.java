package io.jifen.todo.push;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jifen.todo.*}.
 *
 * @param consoleUrl the console's public address (e.g. {@code https://jifen.example.org}); todo links in the pushed
 *                   payload are absolute under it
 * @param webhook    the OA portal's webhook
 */
@ConfigurationProperties("jifen.todo")
public record TodoPushProperties(@DefaultValue("") String consoleUrl, @DefaultValue WebhookSettings webhook) {

    public TodoPushProperties {
        consoleUrl = consoleUrl.endsWith("/") ? consoleUrl.substring(0, consoleUrl.length() - 1) : consoleUrl;
    }
}
