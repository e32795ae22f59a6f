package com.serviceguardrails.abuse;

import com.serviceguardrails.config.Mode;
import com.serviceguardrails.text.Language;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The `abuse` section of the configuration: abuse detection on customer comments and agent replies, with the
 * admin's own lexicon terms and allow-list entries per language (added to the bundled data, never replacing it).
 */
public record AbuseConfig(Mode mode, Map<Language, List<LexiconTerm>> terms, Map<Language, List<String>> allow) {

    public AbuseConfig {
        Objects.requireNonNull(mode, "mode");
        terms = copy(terms);
        allow = copy(allow);
    }

    /** A section with no admin additions. */
    public AbuseConfig(Mode mode) {
        this(mode, Map.of(), Map.of());
    }

    /** The admin's extra terms for a language (empty when none). */
    public List<LexiconTerm> termsFor(Language language) {
        return terms.getOrDefault(language, List.of());
    }

    /** The admin's allow-list entries for a language (empty when none). */
    public List<String> allowFor(Language language) {
        return allow.getOrDefault(language, List.of());
    }

    private static <T> Map<Language, List<T>> copy(Map<Language, List<T>> in) {
        Map<Language, List<T>> out = new EnumMap<>(Language.class);
        if (in != null) {
            in.forEach((language, list) -> {
                if (list != null && !list.isEmpty()) {
                    out.put(language, List.copyOf(list));
                }
            });
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
