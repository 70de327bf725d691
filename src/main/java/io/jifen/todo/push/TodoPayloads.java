package io.jifen.todo.push;

import io.jifen.shared.Messages;
import io.jifen.todo.Todo;
import io.jifen.todo.TodoTenant;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON the portal receives (example in the README section on the OA todo push). The title is rendered in
 * Chinese, the portal's language; its key and operands come along for a portal that renders its own.
 */
@Component
class TodoPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Messages messages;
    private final String consoleUrl;

    TodoPayloads(Messages messages, @Value("${jifen.oidc.public-url:}") String publicUrl) {
        this.messages = messages;
        this.consoleUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String created(String deliveryId, TodoTenant tenant, Todo todo, Instant at) {
        ObjectNode root = envelope(deliveryId, OutboxStore.CREATED, tenant, at);
        ObjectNode t = root.putObject("todo");
        t.put("id", todo.id());
        t.put("kind", todo.kind().name());
        t.put("title", messages.getTranslation(todo.titleKey(), Messages.CHINESE, todo.operands().toArray()));
        t.put("titleKey", todo.titleKey());
        todo.operands().forEach(t.putArray("operands")::add);
        ObjectNode who = t.putObject("assignee");
        who.put("username", todo.assignee().username());
        who.put("role", todo.assignee().role());
        ObjectNode unit = who.putObject("unit");
        unit.put("id", todo.assignee().unitId());
        unit.put("code", todo.assignee().unitCode());
        unit.put("name", todo.assignee().unitName());
        t.put("url", consoleUrl + "/" + todo.route());
        t.put("due", todo.due() == null ? null : todo.due().toString());
        return JSON.writeValueAsString(root);
    }

    /** DONE names the todo only: the portal closes what it opened under that id. */
    String done(String deliveryId, TodoTenant tenant, String todoId, Instant at) {
        ObjectNode root = envelope(deliveryId, OutboxStore.DONE, tenant, at);
        root.putObject("todo").put("id", todoId).put("kind", kindOf(todoId));
        return JSON.writeValueAsString(root);
    }

    private static ObjectNode envelope(String deliveryId, String event, TodoTenant tenant, Instant at) {
        ObjectNode root = JSON.createObjectNode();
        root.put("delivery", deliveryId);
        root.put("event", event);
        root.put("occurredAt", at.toString());
        root.putObject("tenant").put("id", tenant.id()).put("code", tenant.code());
        return root;
    }

    /** Todo ids start with their kind in lower case ({@code review:…}). */
    private static String kindOf(String todoId) {
        int colon = todoId.indexOf(':');
        return (colon < 0 ? todoId : todoId.substring(0, colon)).toUpperCase(java.util.Locale.ROOT);
    }
}
