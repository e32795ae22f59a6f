package com.serviceguardrails.opening;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a phrase file, matched against words (never characters, never a regular expression), so matching
 * costs at most a few steps per word. Syntax, words separated by spaces:
 * <ul>
 *   <li>{@code sorry} a word; {@code apolog*} any word starting with "apolog"; {@code feel|felt} either word;</li>
 *   <li>{@code that?} an optional word; {@code *} alone: up to {@value #MAX_GAP} words of anything.</li>
 * </ul>
 */
final class PhrasePattern {

    static final int MAX_GAP = 4;

    private record Element(String[] words, boolean[] prefix, boolean optional, boolean gap) {
        boolean accepts(String word) {
            for (int i = 0; i < words.length; i++) {
                if (prefix[i] ? word.startsWith(words[i]) : word.equals(words[i])) {
                    return true;
                }
            }
            return false;
        }
    }

    private final String source;
    private final String category;
    private final String language;
    private final Element[] elements;

    private PhrasePattern(String source, String category, String language, Element[] elements) {
        this.source = source;
        this.category = category;
        this.language = language;
        this.elements = elements;
    }

    /** Parses one phrase line; throws {@link IllegalArgumentException} on a malformed line (bundled data only). */
    static PhrasePattern parse(String line, String category, String language) {
        List<Element> elements = new ArrayList<>();
        for (String part : line.strip().split("\\s+")) {
            if (part.equals("*")) {
                elements.add(new Element(new String[0], new boolean[0], false, true));
                continue;
            }
            boolean optional = part.endsWith("?");
            String body = optional ? part.substring(0, part.length() - 1) : part;
            String[] alternatives = body.split("\\|");
            String[] words = new String[alternatives.length];
            boolean[] prefix = new boolean[alternatives.length];
            for (int i = 0; i < alternatives.length; i++) {
                String alt = alternatives[i];
                prefix[i] = alt.endsWith("*");
                words[i] = Words.fold(prefix[i] ? alt.substring(0, alt.length() - 1) : alt);
                for (int k = 0; k < words[i].length(); k++) {
                    if (!Words.isWordChar(words[i].charAt(k))) {
                        throw new IllegalArgumentException("phrase \"" + line + "\": \"" + alt + "\" is not one word (write apostrophes as spaces)");
                    }
                }
                if (words[i].isEmpty()) {
                    throw new IllegalArgumentException("phrase \"" + line + "\": empty word");
                }
            }
            elements.add(new Element(words, prefix, optional, false));
        }
        if (elements.isEmpty() || elements.get(0).gap() || elements.get(0).optional()) {
            throw new IllegalArgumentException("phrase \"" + line + "\" must start with a required word");
        }
        return new PhrasePattern(line.strip(), category, language, elements.toArray(new Element[0]));
    }

    /** The words (or prefixes) the first element accepts, for indexing. */
    List<String> firstWords() {
        return List.of(elements[0].words());
    }

    /** True when {@code word}, one of {@link #firstWords()}, is a prefix ({@code apolog*}). */
    boolean firstIsPrefix(String word) {
        Element first = elements[0];
        for (int i = 0; i < first.words().length; i++) {
            if (first.words()[i].equals(word) && first.prefix()[i]) {
                return true;
            }
        }
        return false;
    }

    boolean firstAccepts(String word) {
        return elements[0].accepts(word);
    }

    /** Index after the last word matched when the pattern matches at {@code from}, else -1; never past {@code to}. */
    int matchAt(List<Token> tokens, int from, int to) {
        return match(0, tokens, from, to);
    }

    private int match(int element, List<Token> tokens, int pos, int to) {
        if (element == elements.length) {
            return pos;
        }
        Element e = elements[element];
        if (e.gap()) {
            for (int skip = 0; skip <= MAX_GAP && pos + skip <= to; skip++) {
                int end = match(element + 1, tokens, pos + skip, to);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (pos < to && e.accepts(tokens.get(pos).word())) {
            int end = match(element + 1, tokens, pos + 1, to);
            if (end >= 0) {
                return end;
            }
        }
        return e.optional() ? match(element + 1, tokens, pos, to) : -1;
    }

    String source() {
        return source;
    }

    String category() {
        return category;
    }

    String language() {
        return language;
    }

    @Override
    public String toString() {
        return language + ":" + category + ": " + source;
    }
}
