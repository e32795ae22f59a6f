package com.serviceguardrails.text;

import java.util.Locale;
import java.util.Optional;

/** The languages the guardrails understand. */
public enum Language {
    EN, DE, FR, ES;

    /** The ISO 639-1 code used in configuration, CLI output and findings: {@code en}, {@code de}, {@code fr}, {@code es}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for an ISO 639-1 code or a locale tag ({@code "de"}, {@code "de_AT"}, {@code "fr-CA"}), if supported. */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.length() < 2) {
            return Optional.empty();
        }
        String primary = code.substring(0, 2).toUpperCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.name().equals(primary) && (code.length() == 2 || code.charAt(2) == '_' || code.charAt(2) == '-')) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }
}
