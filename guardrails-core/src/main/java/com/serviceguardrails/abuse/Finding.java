package com.serviceguardrails.abuse;

import com.serviceguardrails.text.Language;

import java.util.Objects;

/**
 * One reason behind a verdict: the span of the original text ({@code [start, end)} in UTF-16 indices), what it is,
 * and the rule, lexicon entry or model feature that fired ({@code "en:idiot"}, {@code "threat:know-where-you-live"}).
 */
public record Finding(int start, int end, Category category, String rule, Language language) {

    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(language, "language");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
