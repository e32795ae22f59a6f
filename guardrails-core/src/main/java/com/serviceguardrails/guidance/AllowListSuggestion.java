package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.Finding;
import com.serviceguardrails.text.Language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry a lead's "not abuse" report suggests for the admin's allow-list: the flagged words, lower-cased, in the
 * language the finding was made in, and the rule that fired ({@code ""} when not known). The admin decides; nothing
 * is added by itself.
 *
 * <p>Written as text (the panel's button, the audit record) as {@code language:words (rule)}, entries separated by
 * {@code ", "}; a {@code %}, {@code ,}, {@code (} or {@code )} inside the words or the rule is written {@code %25},
 * {@code %2C}, {@code %28}, {@code %29}, so any words read back as they were written.
 */
public record AllowListSuggestion(String language, String term, String rule) {

    /** Longest term suggested; a finding wider than this is not a single expression worth allowing. */
    static final int MAX_TERM_CHARS = 80;
    private static final Pattern ENTRY = Pattern.compile("([a-z]{2}):([^()]+?)(?: \\(([^()]*)\\))?");

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
            if (!term.isEmpty() && !term.contains("\n") && !term.contains("\r")) {
                out.add(new AllowListSuggestion(finding.language().code(), term, finding.rule()));
            }
        }
        return List.copyOf(new ArrayList<>(out));
    }

    /**
     * A suggestion from words someone typed or sent, or empty when it could not be an allow-list entry: the language
     * must be one of ours ({@code en}), the words one line of 1 to {@value #MAX_TERM_CHARS} characters once stripped.
     */
    public static Optional<AllowListSuggestion> of(String language, String term, String rule) {
        if (language == null || term == null) {
            return Optional.empty();
        }
        Optional<Language> known = Language.fromCode(language).filter(l -> l.code().equals(language));
        String words = term.strip();
        if (known.isEmpty() || words.isEmpty() || words.length() > MAX_TERM_CHARS || words.contains("\n") || words.contains("\r")) {
            return Optional.empty();
        }
        return Optional.of(new AllowListSuggestion(language, words, rule == null ? "" : rule.strip()));
    }

    /** This suggestion as text: {@code en:scunthorpe (en:cunt)}, or {@code en:scunthorpe} without a rule. */
    public String encoded() {
        return language + ":" + escape(term) + (rule.isEmpty() ? "" : " (" + escape(rule) + ")");
    }

    /** Suggestions as text, separated by {@code ", "}. */
    public static String encode(List<AllowListSuggestion> suggestions) {
        StringBuilder out = new StringBuilder();
        for (AllowListSuggestion suggestion : suggestions) {
            out.append(out.length() == 0 ? "" : ", ").append(suggestion.encoded());
        }
        return out.toString();
    }

    /**
     * The suggestions written in {@code text} by {@link #encode}; entries that are not suggestions (an unknown
     * language, no words, words too long) are left out. Entries written before rules were added
     * ({@code en:scunthorpe}) read with an empty rule.
     */
    public static List<AllowListSuggestion> decode(String text) {
        List<AllowListSuggestion> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split(",")) {
            Matcher entry = ENTRY.matcher(part.strip());
            if (entry.matches()) {
                of(entry.group(1), unescape(entry.group(2)), entry.group(3) == null ? "" : unescape(entry.group(3))).ifPresent(out::add);
            }
        }
        return out;
    }

    private static String escape(String text) {
        return text.replace("%", "%25").replace(",", "%2C").replace("(", "%28").replace(")", "%29");
    }

    private static String unescape(String text) {
        return text.replace("%2C", ",").replace("%28", "(").replace("%29", ")").replace("%25", "%");
    }
}
