package com.serviceguardrails.abuse;

import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.NormalizedText;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the four languages know about a normalised word (cue bits, allow-list entries, lexicon terms, phrase
 * rules starting with it), found with one hash look-up per token. A map per language and kind cost up to twenty
 * look-ups per token, and most words are in none of them. Built once from the loaded {@link LanguageData}; read-only.
 */
final class WordIndex {

    private final Map<String, LanguageData.Word[]> words = new HashMap<>();
    private final List<LanguageData> languages;

    WordIndex(Collection<LanguageData> languages) {
        this.languages = List.copyOf(languages);
        for (LanguageData data : languages) {
            data.forEachWord((word, known) -> words.computeIfAbsent(word, k -> new LanguageData.Word[Language.values().length])
                    [data.language.ordinal()] = known);
        }
    }

    /**
     * False when no language has a phrase rule that could start at {@code token}: a word none of them knows, not
     * masked, and not starting with the letter of a prefix rule. Decided once instead of asking each language.
     */
    boolean mayStartPhrase(LanguageData.Word[] known, NormalizedText text, int token) {
        if (known != null || text.has(token, NormalizedText.MASKED)) {
            return true;
        }
        char first = text.word(token).charAt(0);
        for (LanguageData language : languages) {
            if (language.mayStartPrefixPhrase(first)) {
                return true;
            }
        }
        return false;
    }

    /** For each token of {@code text}, what each language (by ordinal) knows about its word; null when none does. */
    LanguageData.Word[][] lookUp(NormalizedText text) {
        LanguageData.Word[][] known = new LanguageData.Word[text.size()][];
        for (int t = 0; t < known.length; t++) {
            known[t] = words.get(text.word(t));
        }
        return known;
    }
}
