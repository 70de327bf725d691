package io.jifen.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.jifen.shared.UserFacingException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one place where failures become messages a secretary can act on: an edit conflict, a refusal by the rules,
 * a scope violation. Anything else is a bug and is reported as such (and logged by Vaadin).
 */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String describe(UI ui, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException refusal) {
                return ui.getTranslation(refusal.messageKey(), refusal.arguments());
            }
            if (t instanceof ObjectOptimisticLockingFailureException
                    || t instanceof jakarta.persistence.OptimisticLockException) {
                return ui.getTranslation("error.conflict");
            }
            if (t instanceof AccessDeniedException) {
                return ui.getTranslation("error.accessDenied");
            }
            if (t instanceof DataIntegrityViolationException) {
                return ui.getTranslation("error.integrity");
            }
        }
        return ui.getTranslation("error.unexpected");
    }

    public static void show(Throwable error) {
        UI ui = UI.getCurrent();
        Notification notification = Notification.show(describe(ui, error), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A refusal the user can fix in the form itself (the fields in error are marked as well). */
    public static void refused(String message) {
        Notification.show(message, 6000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
