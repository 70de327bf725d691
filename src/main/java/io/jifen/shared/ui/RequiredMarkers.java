package io.jifen.shared.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;

/**
 * Marks every field whose property must be filled. Vaadin's default marks {@code @NotNull}, {@code @NotEmpty} and
 * {@code @Size(min > 0)} but not {@code @NotBlank}, which is what our names and codes carry. Call before binding.
 */
public final class RequiredMarkers {

    private RequiredMarkers() {
    }

    public static void configure(BeanValidationBinder<?> binder) {
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, getter) -> annotation.annotationType().equals(NotBlank.class)));
    }
}
