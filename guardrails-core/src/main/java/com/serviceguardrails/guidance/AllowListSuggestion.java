package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.Finding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An entry a lead's "not abuse" report suggests for the admin's allow-list: the flagged words, lower-cased, in the
 * language the finding was made in. The admin decides; nothing is added by itself.
 */
public record AllowListSuggestion(String language, String term, String rule) {

    /** Longest term suggested; a finding wider than this is not a single expression worth allowing. */
    static final int MAX_TERM_CHARS = 80;

    public AllowListSuggestion {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(rule, "rule");
    }

    /** One suggestion per distinct flagged expression in the comment. */
    public static List<AllowListSuggestion> from(String text, List<Finding> findings) {
        Set<AllowListSuggestion> out = new LinkedHashSet<>();
        String body = text == null ? "" : text;
        for (Finding finding : findings) {
            int end = Math.min(finding.end(), body.length());
            if (finding.start() >= end || end - finding.start() > MAX_TERM_CHARS) {
                continue;
            }
            String term = body.substring(finding.start(), end).strip().toLowerCase(Locale.ROOT);
            if (!term.isEmpty()) {
                out.add(new AllowListSuggestion(finding.language().code(), term, finding.rule()));
            }
        }
        return List.copyOf(new ArrayList<>(out));
    }
}
