package com.serviceguardrails.jira.panel;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.util.Objects;

/**
 * {@code $i18n} of the guidance panel's and the admin page's templates: the plugin's texts in the viewer's language, through SAL's
 * {@link I18nResolver}. The context provider and the admin servlet put it in the context themselves, so neither depends on
 * which {@code $i18n} (if any) Jira's renderer supplies, and its two methods are on the plugin's
 * {@code velocity-allowlist}, which Jira 10 requires of every method a template calls (decision 64).
 */
public final class PanelText {

    private final I18nResolver resolver;

    public PanelText(I18nResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** The text for the key (SAL gives the key itself back when the bundle has none). */
    public String getText(String key) {
        return resolver.getText(key);
    }

    /** The text for the key with its {0}, {1}, … filled; arguments that are not serializable are passed as text. */
    public String getText(String key, Object... arguments) {
        if (arguments == null || arguments.length == 0) {
            return resolver.getText(key);
        }
        Serializable[] values = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            values[i] = argument == null || argument instanceof Serializable ? (Serializable) argument : String.valueOf(argument);
        }
        return resolver.getText(key, values);
    }
}
