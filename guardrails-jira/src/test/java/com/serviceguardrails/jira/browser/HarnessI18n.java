package com.serviceguardrails.jira.browser;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The plugin's real i18n bundles, read as Jira reads them (MessageFormat, so {@code ''} is an apostrophe). Stands in
 * for {@code $i18n} in templates and for the jsI18n transformer that turns {@code AJS.I18n.getText('key')} in our
 * JavaScript into the translated string literal. As an {@link I18nResolver} it is SAL's resolver behind the panel's
 * {@code PanelText}.
 */
public final class HarnessI18n implements I18nResolver {

    private final Properties messages = new Properties();
    private final Locale locale;

    HarnessI18n(String language) {
        this.locale = Locale.forLanguageTag(language);
        String suffix = "en".equals(language) ? "" : "_" + language;
        try (InputStream in = HarnessI18n.class.getResourceAsStream("/i18n/service-guardrails" + suffix + ".properties")) {
            if (in == null) {
                throw new IllegalArgumentException("no bundle for " + language);
            }
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The translated text; a missing key fails loudly, as a test harness should. */
    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("missing i18n key " + key);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** Replaces each {@code AJS.I18n.getText('key')} call with a JavaScript string literal, as Jira's transformer does. */
    String transformJs(String source) {
        String call = "AJS.I18n.getText(";
        StringBuilder out = new StringBuilder(source.length());
        int at = 0;
        for (int start = source.indexOf(call); start >= 0; start = source.indexOf(call, at)) {
            int open = start + call.length();
            char quote = source.charAt(open);
            int close = source.indexOf(quote, open + 1);
            if ((quote != '\'' && quote != '"') || close < 0 || source.charAt(close + 1) != ')') {
                throw new IllegalArgumentException("AJS.I18n.getText needs one literal key, at offset " + start);
            }
            out.append(source, at, start).append(jsString(getText(source.substring(open + 1, close))));
            at = close + 2;
        }
        return out.append(source.substring(at)).toString();
    }

    private static String jsString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
