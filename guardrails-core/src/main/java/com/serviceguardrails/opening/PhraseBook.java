package com.serviceguardrails.opening;

import com.serviceguardrails.text.DataFiles;
import com.serviceguardrails.text.Language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The opening check's phrase knowledge, read from {@code phrases-<lang>.txt} (one per language): sections
 * {@code [greeting]}, {@code [courtesy]}, {@code [signoff]}, {@code [quote_header]}, {@code [abbreviation]},
 * {@code [continuation]}, one per {@link OpeningKind} ({@code [apology]}, {@code [non_apology]}, …),
 * {@code [neutral]} (phrases that cancel an apology word inside them: "no need to apologise") and
 * {@code [situation.<name>]} for choosing a macro. Every language's phrases are loaded together, so a reply
 * that mixes languages or is detected wrongly is still read. Immutable and thread-safe once built.
 */
final class PhraseBook {

    static final String GREETING = "greeting";
    static final String COURTESY = "courtesy";
    static final String SIGNOFF = "signoff";
    static final String QUOTE_HEADER = "quote_header";
    static final String CONTINUATION = "continuation";
    static final String NEUTRAL = "neutral";
    static final String ABBREVIATION = "abbreviation";
    static final String SITUATION_PREFIX = "situation.";

    /** A pattern found in a run of words: words {@code [from, to)}. */
    record Match(PhrasePattern pattern, int from, int to) {
    }

    private static final PhraseBook STANDARD = load();

    /** How many leading letters index a pattern whose first word is a prefix ({@code apolog*} under "apo"). */
    private static final int PREFIX_KEY = 3;

    /** first word → patterns (every category) starting with exactly that word. */
    private final Map<String, List<PhrasePattern>> byFirstWord = new HashMap<>();
    /** first {@value #PREFIX_KEY} letters → patterns whose first word is a prefix starting so. */
    private final Map<String, List<PhrasePattern>> byPrefixKey = new HashMap<>();
    /** Patterns with a first prefix shorter than the key: tried at every word (none are bundled today). */
    private final List<PhrasePattern> shortPrefixes = new ArrayList<>();
    private final Set<String> abbreviations = new HashSet<>();

    private PhraseBook() {
    }

    static PhraseBook standard() {
        return STANDARD;
    }

    private static PhraseBook load() {
        PhraseBook book = new PhraseBook();
        for (Language language : Language.values()) {
            String resource = "phrases-" + language.code() + ".txt";
            String category = null;
            for (String line : DataFiles.lines(PhraseBook.class, resource)) {
                String text = line.strip();
                if (text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    category = text.substring(1, text.length() - 1).strip();
                } else if (category == null) {
                    throw new IllegalStateException(resource + ": phrase before any [section]: " + text);
                } else {
                    book.add(text, category, language.code(), resource + " [" + category + "]");
                }
            }
        }
        return book;
    }

    private void add(String text, String category, String language, String where) {
        if (category.equals(ABBREVIATION)) {
            abbreviations.add(Words.fold(text));
            return;
        }
        PhrasePattern pattern;
        try {
            pattern = PhrasePattern.parse(text, category, language);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
        for (String word : pattern.firstWords()) {
            if (!pattern.firstIsPrefix(word)) {
                byFirstWord.computeIfAbsent(word, k -> new ArrayList<>()).add(pattern);
            } else if (word.length() < PREFIX_KEY) {
                shortPrefixes.add(pattern);
            } else {
                List<PhrasePattern> list = byPrefixKey.computeIfAbsent(word.substring(0, PREFIX_KEY), k -> new ArrayList<>());
                if (!list.contains(pattern)) {
                    list.add(pattern);
                }
            }
        }
    }

    /** Every match of the given categories starting inside words {@code [from, to)}; the longest per start and category. */
    List<Match> find(List<Token> tokens, int from, int to, List<String> categories) {
        List<Match> found = new ArrayList<>();
        Match[] best = new Match[categories.size()];
        for (int i = from; i < to; i++) {
            Arrays.fill(best, null);
            String word = tokens.get(i).word();
            for (List<PhrasePattern> candidates : candidates(word)) {
                for (PhrasePattern p : candidates) {
                    int c = categories.indexOf(p.category());
                    if (c >= 0 && p.firstAccepts(word)) {
                        best[c] = longer(best[c], p, p.matchAt(tokens, i, to), i);
                    }
                }
            }
            for (Match m : best) {
                if (m != null) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    /** The longest match of {@code category} starting exactly at word {@code at}, or null. */
    Match longestAt(String category, List<Token> tokens, int at, int to) {
        if (at >= to) {
            return null;
        }
        String word = tokens.get(at).word();
        Match best = null;
        for (List<PhrasePattern> candidates : candidates(word)) {
            for (PhrasePattern p : candidates) {
                if (p.category().equals(category) && p.firstAccepts(word)) {
                    best = longer(best, p, p.matchAt(tokens, at, to), at);
                }
            }
        }
        return best;
    }

    /** The patterns that may start at {@code word}: one hash lookup for exact words, one for prefixes. */
    private List<List<PhrasePattern>> candidates(String word) {
        List<PhrasePattern> exact = byFirstWord.getOrDefault(word, List.of());
        List<PhrasePattern> prefixed = word.length() < PREFIX_KEY ? List.of() : byPrefixKey.getOrDefault(word.substring(0, PREFIX_KEY), List.of());
        return List.of(exact, prefixed, shortPrefixes);
    }

    private static Match longer(Match best, PhrasePattern p, int end, int at) {
        if (end < 0 || (best != null && best.to() >= end)) {
            return best;
        }
        return new Match(p, at, end);
    }

    boolean isAbbreviation(String word) {
        return abbreviations.contains(word);
    }

    /** The situation categories present in the phrase files, e.g. {@code situation.delay}. */
    List<String> situationCategories() {
        List<String> out = new ArrayList<>();
        for (Situation s : Situation.values()) {
            if (s != Situation.GENERAL) {
                out.add(SITUATION_PREFIX + s.jsonName());
            }
        }
        return out;
    }
}
