package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.text.Language;

import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The backtest's texts for people, in one of the four languages ({@code messages*.properties}, UTF-8). */
final class Messages {

    private static final String BUNDLE = "com.serviceguardrails.cli.backtest.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Messages of(Language language) {
        return new Messages(language);
    }

    Language language() {
        return language;
    }

    /** The text for {@code key} with {@code args} filled in; an unknown key shows as itself rather than failing. */
    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, language.locale()).format(args);
    }

    /** What a guardrail would have done, in words: {@code 234 × advised the agent, 3 × blocked the reply}. */
    String actions(Map<String, Long> byAction) {
        return byAction.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(a -> a.getValue() + " \u00d7 " + name("action", a.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** A name from the engines (guardrail, action, mode, reason) in words, or the name itself when there is none. */
    String name(String prefix, String value) {
        String text = get(prefix + "." + value);
        return text.equals(prefix + "." + value) ? value : text;
    }
}
