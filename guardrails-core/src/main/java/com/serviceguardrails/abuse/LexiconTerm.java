package com.serviceguardrails.abuse;

import java.util.Objects;

/**
 * One lexicon entry: a word or phrase ({@code "useless idiot"}), what it is, when it counts as abuse, and how bad it
 * is. Bundled entries come from {@code lexicon-<lang>.tsv}; admins add their own in the {@code abuse} configuration.
 */
public record LexiconTerm(String term, Category category, Aim aim, Severity severity) {

    public LexiconTerm {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(aim, "aim");
        Objects.requireNonNull(severity, "severity");
    }
}
