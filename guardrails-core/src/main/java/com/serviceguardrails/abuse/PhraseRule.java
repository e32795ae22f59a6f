package com.serviceguardrails.abuse;

import com.serviceguardrails.text.NormalizedText;

import java.util.List;

/**
 * A token pattern from {@code phrases-<lang>.tsv}, such as {@code i know where you|u live} (threat) or
 * {@code too dumb|stupid to} (belittling). Elements: a word, alternatives {@code a|b}, a prefix {@code kill*},
 * or a gap {@code ~3} (up to three tokens). Gaps are short and bounded, so matching costs at most a constant
 * per starting token.
 */
record PhraseRule(String id, List<String[]> elements, int[] gaps, Category category, Severity severity, boolean agentOnly) {

    /** The first element's words: rules are indexed by them. */
    String[] firstWords() {
        return elements.get(0);
    }

    /** The index one past the last token of a match starting at {@code start}, or -1. */
    int match(NormalizedText text, int start) {
        return matchFrom(text, 0, start);
    }

    private int matchFrom(NormalizedText text, int element, int token) {
        if (element == elements.size()) {
            return token;
        }
        int maxGap = gaps[element];
        for (int skip = 0; skip <= maxGap; skip++) {
            int t = token + skip;
            if (t >= text.size()) {
                return -1;
            }
            if (element > 0 && text.has(t, NormalizedText.SENTENCE_START)) {
                return -1;   // a phrase does not run across sentences
            }
            if (matches(elements.get(element), text.word(t))) {
                int end = matchFrom(text, element + 1, t + 1);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    static boolean matches(String[] alternatives, String word) {
        boolean masked = word.indexOf('*') > 0;
        for (String alternative : alternatives) {
            if (alternative.endsWith("*")
                    ? word.startsWith(alternative.substring(0, alternative.length() - 1))
                    : alternative.equals(word) || masked && agreesOutsideMask(word, alternative)) {
                return true;
            }
        }
        return false;
    }

    /** "f*ck" agrees with "fuck": same length, same letters wherever the word is not masked. */
    static boolean agreesOutsideMask(String masked, String candidate) {
        if (masked.length() != candidate.length() || masked.charAt(0) == '*') {
            return false;
        }
        for (int i = 0; i < masked.length(); i++) {
            if (masked.charAt(i) != '*' && masked.charAt(i) != candidate.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
