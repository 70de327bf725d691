package io.jifen.shared;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Resolves bean-validation messages such as {@code {validation.phone}} from our own bundles, for Spring's validator
 * and for Vaadin's binder alike (registered in META-INF/validation.xml, which both read).
 */
public class BundleMessageInterpolator extends ResourceBundleMessageInterpolator {

    public BundleMessageInterpolator() {
        super(new PlatformResourceBundleLocator(Messages.BUNDLE));
    }
}
