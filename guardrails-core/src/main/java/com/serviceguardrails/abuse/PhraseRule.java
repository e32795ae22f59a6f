package com.serviceguardrails.abuse;

import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.NormalizedText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A token pattern from {@code phrases-<lang>.tsv}, such as {@code i know where you|u live} (threat) or
 * {@code too dumb|stupid to} (belittling). Elements: a word, alternatives {@code a|b}, a prefix {@code kill*},
 * or a gap {@code ~3} (up to three tokens). Gaps are short and bounded, so matching costs at most a constant
 * per starting token.
 * <p>
 * Each element has a number, unique among the rules of one detector ({@link #firstElement} on), so that a word's
 * {@link WordIndex.Entry} can say with one bit whether it matches an element; only words no language knows are matched
 * against the element's prefixes and masks.
 */
final class PhraseRule {

    private final Language language;
    /** What findings report: the language and the id ({@code en:threat:know-where-you-live}). */
    private final String rule;
    private final List<String[]> elements;
    /** The elements prepared for matching, one per element. */
    private final Element[] compiled;
    private final int[] gaps;
    private final Category category;
    private final Severity severity;
    private final boolean agentOnly;
    /** The number of the first element; the others follow it. */
    private final int firstElement;
    /** The numbers of the elements without a prefix alternative: a match needs a token with one of their words. */
    private final int[] wordOnlyElements;

    PhraseRule(Language language, String id, List<String[]> elements, int[] gaps, Category category, Severity severity,
               boolean agentOnly, int firstElement) {
        this.language = language;
        this.rule = language.code() + ":" + id;
        this.elements = List.copyOf(elements);
        this.compiled = this.elements.stream().map(Element::new).toArray(Element[]::new);
        this.gaps = gaps.clone();
        this.category = category;
        this.severity = severity;
        this.agentOnly = agentOnly;
        this.firstElement = firstElement;
        this.wordOnlyElements = java.util.stream.IntStream.range(0, compiled.length)
                .filter(e -> compiled[e].prefixes.length == 0).map(e -> firstElement + e).toArray();
    }

    /**
     * One element's alternatives, split for matching: whole words in a set (one look-up, the token's hash is cached
     * in its String), prefixes ({@code kill*}) without their star. Matching is the same as trying each alternative.
     */
    private static final class Element {
        private final String[] alternatives;
        private final Set<String> words = new HashSet<>();
        private final String[] prefixes;

        Element(String[] alternatives) {
            this.alternatives = alternatives;
            List<String> prefixList = new ArrayList<>();
            for (String alternative : alternatives) {
                if (alternative.endsWith("*")) {
                    prefixList.add(alternative.substring(0, alternative.length() - 1));
                } else {
                    words.add(alternative);
                }
            }
            this.prefixes = prefixList.toArray(String[]::new);
        }

        boolean matches(String word) {
            if (words.contains(word)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
            return word.indexOf('*') > 0 && PhraseRule.matches(alternatives, word);   // "f*ck": rare
        }

        /**
         * {@link #matches} for a token whose word is in no index entry, so none of this element's whole words (they all
         * are in the index): only a prefix or a mask can match it, and a mask needs a masked token.
         */
        boolean matchesUnknownWord(NormalizedText text, int token) {
            if (prefixes.length == 0 && !text.has(token, NormalizedText.MASKED)) {
                return false;
            }
            return matches(text.word(token));
        }

        /** The element's whole words (not prefixes), which the word index must hold. */
        Set<String> words() {
            return words;
        }
    }

    Language language() {
        return language;
    }

    /** The rule name findings report ({@code en:threat:know-where-you-live}). */
    String rule() {
        return rule;
    }

    Category category() {
        return category;
    }

    Severity severity() {
        return severity;
    }

    boolean agentOnly() {
        return agentOnly;
    }

    /** The first element's words: rules are indexed by them. */
    String[] firstWords() {
        return elements.get(0);
    }

    /** True when {@code word} matches the first element, so a match could start at it. */
    boolean startsWith(String word) {
        return compiled[0].matches(word);
    }

    /**
     * False when no word starting with {@code first} can match the first element: no alternative starts with that
     * letter, and none is empty or starts with a mask.
     */
    boolean mayStartWith(char first) {
        for (String alternative : elements.get(0)) {
            if (alternative.isEmpty() || alternative.charAt(0) == '*' || alternative.charAt(0) == first) {
                return true;
            }
        }
        return false;
    }

    /** How many elements the rule has; they are numbered {@link #firstElement} on. */
    int elementCount() {
        return compiled.length;
    }

    int firstElement() {
        return firstElement;
    }

    /** Whether {@code word} matches element {@code element} (counted from 0 in this rule); for building the word index. */
    boolean elementMatches(int element, String word) {
        return compiled[element].matches(word);
    }

    /** The whole words (not prefixes) of element {@code element}; for building the word index. */
    Set<String> elementWords(int element) {
        return compiled[element].words();
    }

    /**
     * False when the rule cannot match anywhere in the message: the words of an element without prefixes occur in
     * none of its tokens. Most rules, in most messages; a few bit tests instead of a match attempt.
     */
    boolean mayMatchIn(WordIndex.IndexedTokens tokens) {
        for (int element : wordOnlyElements) {
            if (!tokens.mayContainWordOf(element)) {
                return false;
            }
        }
        return true;
    }

    /** True when the first element matches {@code token}. */
    boolean startsAt(NormalizedText text, WordIndex.IndexedTokens tokens, int token) {
        return elementMatchesAt(0, text, tokens, token);
    }

    /** The index one past the last token of a match starting at {@code start}, or -1. */
    int match(NormalizedText text, WordIndex.IndexedTokens tokens, int start) {
        return matchFrom(text, tokens, 0, start);
    }

    private boolean elementMatchesAt(int element, NormalizedText text, WordIndex.IndexedTokens tokens, int token) {
        WordIndex.Entry entry = tokens.entries[token];
        return entry != null ? entry.matchesPhraseElement(firstElement + element) : compiled[element].matchesUnknownWord(text, token);
    }

    private int matchFrom(NormalizedText text, WordIndex.IndexedTokens tokens, int element, int token) {
        if (element == compiled.length) {
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
            if (elementMatchesAt(element, text, tokens, t)) {
                int end = matchFrom(text, tokens, element + 1, t + 1);
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
                    ? word.regionMatches(0, alternative, 0, alternative.length() - 1)   // startsWith, without a substring
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
