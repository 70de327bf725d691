package io.jifen.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The message bundles ({@code i18n/messages_zh_CN}, {@code i18n/messages_en}) for views, services and the API.
 * Chinese is the default: any other browser language falls back to it.
 */
@Component
public class Messages implements I18NProvider {

    public static final String BUNDLE = "i18n/messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final List<Locale> LOCALES = List.of(CHINESE, Locale.ENGLISH);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale target = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : CHINESE;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, target, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, target).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** Without this a missing English key would resolve against the JVM's default locale instead of Chinese. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
