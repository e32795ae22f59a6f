package com.serviceguardrails.abuse;

import com.serviceguardrails.text.DataFiles;
import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.NormalizedText;
import com.serviceguardrails.text.TextNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the detector knows about one language: lexicon terms (bundled {@code lexicon-<lang>.tsv} plus the
 * admin's), allow-list phrases ({@code allow-<lang>.txt} plus the admin's), cue words ({@code cues-<lang>.tsv}) and
 * phrase rules ({@code phrases-<lang>.tsv}). Every entry is normalised with the same {@link TextNormalizer} as the
 * messages, so "f*ck", "fuuuck" and "fück" in a message meet "fuck" in the lexicon. Immutable once built.
 */
final class LanguageData {

    /** A lexicon term as normalised words, with the rule name findings report ({@code en:idiot}). */
    record Term(String[] words, LexiconTerm term, String rule) {
    }

    final Language language;
    private final Map<String, List<Term>> termsByFirstWord = new HashMap<>();
    private final Map<String, List<Term>> termsBySqueezedWord = new HashMap<>();
    private final Map<Integer, List<Term>> singleWordTermsByLength = new HashMap<>();
    private final Map<String, List<String[]>> allowByFirstWord = new HashMap<>();
    private final Map<String, Integer> cues = new HashMap<>();
    private final Map<String, List<PhraseRule>> phrasesByFirstWord = new HashMap<>();
    private final List<PhraseRule> prefixPhrases = new ArrayList<>();
    private final List<PhraseRule> allPhrases = new ArrayList<>();

    LanguageData(Language language, AbuseConfig config) {
        this.language = language;
        TextNormalizer normalizer = TextNormalizer.standard();
        String code = language.code();
        for (String line : lines("lexicon-" + code + ".tsv")) {
            String[] cols = line.split("\t");
            if (cols.length < 4) {
                throw new IllegalStateException("lexicon-" + code + ".tsv: expected 4 columns in: " + line);
            }
            addTerm(normalizer, new LexiconTerm(cols[0].strip(), enumOf(Category.class, cols[1]), enumOf(Aim.class, cols[2]),
                    enumOf(Severity.class, cols[3])), code + ":");
        }
        for (LexiconTerm term : config.termsFor(language)) {
            addTerm(normalizer, term, code + ":admin:");
        }
        List<String> allow = new ArrayList<>(lines("allow-" + code + ".txt"));
        allow.addAll(config.allowFor(language));
        for (String entry : allow) {
            String[] words = words(normalizer, entry);
            if (words.length > 0) {
                allowByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
        for (String line : lines("cues-" + code + ".tsv")) {
            String[] cols = line.split("\t");
            String[] words = words(normalizer, cols[0]);
            if (words.length != 1 || cols.length < 2) {
                throw new IllegalStateException("cues-" + code + ".tsv: expected one word and a cue in: " + line);
            }
            cues.merge(words[0], Cue.parse(cols[1].strip()), (a, b) -> a | b);
        }
        for (String line : lines("phrases-" + code + ".tsv")) {
            PhraseRule rule = parsePhrase(normalizer, code, line);
            allPhrases.add(rule);
            boolean prefixFirst = false;
            for (String first : rule.firstWords()) {
                prefixFirst |= first.endsWith("*");
            }
            if (prefixFirst) {
                prefixPhrases.add(rule);
            } else {
                for (String first : rule.firstWords()) {
                    phrasesByFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(rule);
                }
            }
        }
    }

    private void addTerm(TextNormalizer normalizer, LexiconTerm term, String rulePrefix) {
        String[] words = words(normalizer, term.term());
        if (words.length == 0) {
            return;
        }
        Term entry = new Term(words, term, rulePrefix + String.join(" ", words));
        termsByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
        if (words.length == 1) {
            termsBySqueezedWord.computeIfAbsent(NormalizedText.squeeze(words[0]), k -> new ArrayList<>()).add(entry);
            singleWordTermsByLength.computeIfAbsent(words[0].length(), k -> new ArrayList<>()).add(entry);
        }
    }

    /** The cue bits of a word (0 when none). */
    int cue(String word) {
        Integer bits = cues.get(word);
        return bits == null ? 0 : bits;
    }

    /**
     * The longest lexicon term starting at {@code token}, or null. Tries the word itself, then (for elongated
     * words) the word with doubled letters made single, then (for masked words) every term of the same length whose
     * letters agree outside the mask.
     */
    Term termAt(NormalizedText text, int token) {
        String word = text.word(token);
        Term best = longest(termsByFirstWord.get(word), text, token);
        if (best == null && text.has(token, NormalizedText.ELONGATED)) {
            best = longest(termsBySqueezedWord.get(NormalizedText.squeeze(word)), text, token);
        }
        if (best == null && text.has(token, NormalizedText.MASKED)) {
            best = masked(word);
        }
        return best;
    }

    private static Term longest(List<Term> candidates, NormalizedText text, int token) {
        if (candidates == null) {
            return null;
        }
        Term best = null;
        for (Term term : candidates) {
            if ((best == null || term.words().length > best.words().length) && followedBy(text, token, term.words())) {
                best = term;
            }
        }
        return best;
    }

    private static boolean followedBy(NormalizedText text, int token, String[] words) {
        if (token + words.length > text.size()) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            if (!words[k].equals(text.word(token + k))) {
                return false;
            }
        }
        return true;
    }

    private Term masked(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            letters += word.charAt(i) == '*' ? 0 : 1;
        }
        if (letters < 2 || word.charAt(0) == '*') {
            return null;
        }
        List<Term> sameLength = singleWordTermsByLength.get(word.length());
        if (sameLength == null) {
            return null;
        }
        for (Term term : sameLength) {
            if (PhraseRule.agreesOutsideMask(word, term.words()[0])) {
                return term;
            }
        }
        return null;
    }

    /** How many tokens from {@code token} on an allow-list entry covers (0 when none). */
    int allowedAt(NormalizedText text, int token) {
        List<String[]> entries = allowByFirstWord.get(text.word(token));
        int best = 0;
        if (entries != null) {
            for (String[] words : entries) {
                if (words.length > best && followedBy(text, token, words)) {
                    best = words.length;
                }
            }
        }
        return best;
    }

    /** Phrase rules that could start at {@code token}. */
    void phrasesAt(NormalizedText text, int token, List<PhraseRule> out) {
        if (text.has(token, NormalizedText.MASKED)) {
            out.addAll(allPhrases);   // "f*ck you": rare enough to try every rule
            return;
        }
        List<PhraseRule> rules = phrasesByFirstWord.get(text.word(token));
        if (rules != null) {
            out.addAll(rules);
        }
        for (PhraseRule rule : prefixPhrases) {
            if (PhraseRule.matches(rule.firstWords(), text.word(token))) {
                out.add(rule);
            }
        }
    }

    private static PhraseRule parsePhrase(TextNormalizer normalizer, String code, String line) {
        String[] cols = line.split("\t");
        if (cols.length < 5) {
            throw new IllegalStateException("phrases-" + code + ".tsv: expected 5 columns in: " + line);
        }
        List<String[]> elements = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        int pendingGap = 0;
        for (String element : cols[0].strip().split(" +")) {
            if (element.startsWith("~")) {
                pendingGap += Integer.parseInt(element.substring(1));
                continue;
            }
            String[] alternatives = element.split("\\|");
            for (int i = 0; i < alternatives.length; i++) {
                String alt = alternatives[i];
                boolean prefix = alt.endsWith("*");
                String[] normal = words(normalizer, prefix ? alt.substring(0, alt.length() - 1) : alt);
                alternatives[i] = String.join("", normal) + (prefix ? "*" : "");
            }
            elements.add(alternatives);
            gaps.add(pendingGap);
            pendingGap = 0;
        }
        int[] gapArray = gaps.stream().mapToInt(Integer::intValue).toArray();
        return new PhraseRule(cols[4].strip(), List.copyOf(elements), gapArray, enumOf(Category.class, cols[1]),
                enumOf(Severity.class, cols[2]), cols[3].strip().equals("agent"));
    }

    private static String[] words(TextNormalizer normalizer, String text) {
        NormalizedText normalized = normalizer.normalize(text);
        String[] out = new String[normalized.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = normalized.word(i);
        }
        return out;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
    }

    private static List<String> lines(String resource) {
        return DataFiles.lines(LanguageData.class, resource);
    }
}
