package com.serviceguardrails.empowerment;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The agent-facing sentences of this package ({@code decisions*.properties}), in en/de/fr/es; English otherwise. */
final class Messages {
    private static final String BUNDLE = "com.serviceguardrails.empowerment.decisions";

    private Messages() {
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String action(ResourceBundle bundle, Action action) {
        return bundle.getString("empowerment.action." + action.name().toLowerCase(Locale.ROOT));
    }

    static String format(ResourceBundle bundle, String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no sentence for " + key, e);
        }
    }
}
