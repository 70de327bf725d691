package io.jifen.ledger.flow;

import com.vaadin.flow.component.UI;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * The flows cross the packages of the views, whose fields and actions are package-private (as their own Karibu
 * tests use them): reach them by name, the way those tests do by field.
 */
final class Peek {

    private Peek() {
    }

    @SuppressWarnings("unchecked")
    static <T> T field(Object owner, String name) {
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return (T) f.get(owner);
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(owner.getClass() + " has no field " + name);
    }

    static void call(Object owner, String name, Object arg) {
        for (Method m : owner.getClass().getDeclaredMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1) {
                try {
                    m.setAccessible(true);
                    m.invoke(owner, arg);
                    return;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e.getCause() != null ? e.getCause() : e);
                }
            }
        }
        throw new IllegalArgumentException(owner.getClass() + " has no method " + name);
    }

    static Object navigate(String route) {
        UI.getCurrent().navigate(route);
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
