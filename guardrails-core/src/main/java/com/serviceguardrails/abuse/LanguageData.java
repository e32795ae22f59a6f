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
 * <p>
 * What it knows per word is kept in a {@link Word}; the detector finds a token's words of all four languages with
 * one look-up in the {@link WordIndex} and passes that entry ({@code known}) to the per-token methods here.
 */
final class LanguageData {

    /** A lexicon term as normalised words, with the rule name findings report ({@code en:idiot}). */
    /** A lexicon term; {@code toReaderOnly}: abuse only when said to the reader ("you are crazy", not "he was sick"). */
    record Term(String[] words, LexiconTerm term, String rule, boolean toReaderOnly) {
    }

    /** What this language knows about one normalised word. Filled while loading, read-only after. */
    static final class Word {
        private int cue;
        private final List<String[]> allow = new ArrayList<>(0);
        /** Terms whose first word this is: every term, and only the cross-language ones. */
        private final List<Term> terms = new ArrayList<>(0);
        private final List<Term> crossLanguageTerms = new ArrayList<>(0);
        /** Phrase rules whose first element lists this word (not prefixes), in file order. */
        private final List<PhraseRule> phrases = new ArrayList<>(0);

        int cue() {
            return cue;
        }

        boolean hasAllowEntries() {
            return !allow.isEmpty();
        }

        /** Whether a term starts with this word: any term for a message in this language, else a cross-language one. */
        boolean startsTerms(boolean messageInThisLanguage) {
            return !(messageInThisLanguage ? terms : crossLanguageTerms).isEmpty();
        }
    }

    /** Lexicon terms indexed for the rarer look-ups: by squeezed word (elongations), by length (masks). */
    private static final class TermIndex {
        private final Map<String, List<Term>> bySqueezedWord = new HashMap<>();
        private final Map<Integer, List<Term>> singleWordsByLength = new HashMap<>();

        void add(Term entry) {
            String[] words = entry.words();
            if (words.length == 1) {
                bySqueezedWord.computeIfAbsent(NormalizedText.squeeze(words[0]), k -> new ArrayList<>()).add(entry);
                singleWordsByLength.computeIfAbsent(words[0].length(), k -> new ArrayList<>()).add(entry);
            }
        }

        Term termAt(List<Term> byFirstWord, NormalizedText text, int token) {
            String word = text.word(token);
            Term best = longest(byFirstWord, text, token);
            if (best == null && text.has(token, NormalizedText.ELONGATED)) {
                best = longest(bySqueezedWord.get(NormalizedText.squeeze(word)), text, token);
            }
            if (best == null && text.has(token, NormalizedText.MASKED)) {
                best = masked(singleWordsByLength.get(word.length()), word);
            }
            return best;
        }
    }

    /** The column that marks a lexicon entry as used in messages of every language ("fuck", "asshole"). */
    private static final String CROSS_LANGUAGE = "cross";
    /** Fifth-column flag of a term that is abuse only when said to the reader (second person). */
    private static final String TO_READER_ONLY = "reader";

    final Language language;
    /** Every term, for messages in this language. */
    private final TermIndex terms = new TermIndex();
    /** Only the terms marked {@value #CROSS_LANGUAGE}, for messages in another language. */
    private final TermIndex crossLanguageTerms = new TermIndex();
    /** Per normalised word: its cue bits, allow-list entries, terms and phrases starting with it. */
    private final Map<String, Word> words = new HashMap<>();
    private final List<PhraseRule> prefixPhrases = new ArrayList<>();
    private final List<PhraseRule> allPhrases = new ArrayList<>();
    /** One past the number of this language's last phrase element; see {@link PhraseRule}. */
    private final int phraseElementsEnd;

    /** Loads the language; its phrase elements are numbered from {@code firstPhraseElement} on. */
    LanguageData(Language language, AbuseConfig config, int firstPhraseElement) {
        this.language = language;
        TextNormalizer normalizer = TextNormalizer.standard();
        String code = language.code();
        for (String line : lines("lexicon-" + code + ".tsv")) {
            String[] cols = line.split("\t");
            if (cols.length < 4) {
                throw new IllegalStateException("lexicon-" + code + ".tsv: expected 4 columns in: " + line);
            }
            String flag = cols.length > 4 ? cols[4].strip() : "";
            boolean cross = flag.equals(CROSS_LANGUAGE);
            boolean toReaderOnly = flag.equals(TO_READER_ONLY);
            if (!flag.isEmpty() && !cross && !toReaderOnly) {
                throw new IllegalStateException("lexicon-" + code + ".tsv: fifth column may only be '" + CROSS_LANGUAGE
                        + "' or '" + TO_READER_ONLY + "' in: " + line);
            }
            addTerm(normalizer, new LexiconTerm(cols[0].strip(), enumOf(Category.class, cols[1]), enumOf(Aim.class, cols[2]),
                    enumOf(Severity.class, cols[3])), code + ":", cross, toReaderOnly);
        }
        for (LexiconTerm term : config.termsFor(language)) {
            addTerm(normalizer, term, code + ":admin:", false, false);
        }
        List<String> allow = new ArrayList<>(lines("allow-" + code + ".txt"));
        allow.addAll(config.allowFor(language));
        for (String entry : allow) {
            String[] words = words(normalizer, entry);
            if (words.length > 0) {
                word(words[0]).allow.add(words);
            }
        }
        for (String line : lines("cues-" + code + ".tsv")) {
            String[] cols = line.split("\t");
            String[] words = words(normalizer, cols[0]);
            if (words.length != 1 || cols.length < 2) {
                throw new IllegalStateException("cues-" + code + ".tsv: expected one word and a cue in: " + line);
            }
            word(words[0]).cue |= Cue.parse(cols[1].strip());
        }
        int nextElement = firstPhraseElement;
        for (String line : lines("phrases-" + code + ".tsv")) {
            PhraseRule rule = parsePhrase(normalizer, language, line, nextElement);
            nextElement += rule.elementCount();
            allPhrases.add(rule);
            boolean prefixFirst = false;
            for (String first : rule.firstWords()) {
                prefixFirst |= first.endsWith("*");
            }
            if (prefixFirst) {
                prefixPhrases.add(rule);
            } else {
                for (String first : rule.firstWords()) {
                    word(first).phrases.add(rule);
                }
            }
        }
        this.phraseElementsEnd = nextElement;
    }

    int phraseElementsEnd() {
        return phraseElementsEnd;
    }

    private void addTerm(TextNormalizer normalizer, LexiconTerm term, String rulePrefix, boolean crossLanguage, boolean toReaderOnly) {
        String[] words = words(normalizer, term.term());
        if (words.length == 0) {
            return;
        }
        Term entry = new Term(words, term, rulePrefix + String.join(" ", words), toReaderOnly);
        terms.add(entry);
        word(words[0]).terms.add(entry);
        if (crossLanguage) {
            crossLanguageTerms.add(entry);
            word(words[0]).crossLanguageTerms.add(entry);
        }
    }

    private Word word(String normalized) {
        return words.computeIfAbsent(normalized, k -> new Word());
    }

    /** Hands every word this language knows to {@code action}, for the merged {@link WordIndex}. */
    void forEachWord(java.util.function.BiConsumer<String, Word> action) {
        words.forEach(action);
    }

    /** This language's part of a token's {@link WordIndex} entry (null when it does not know the word). */
    private Word own(WordIndex.Entry known) {
        return known == null ? null : known.word(language);
    }

    /**
     * The longest lexicon term starting at {@code token}, or null. Tries the word itself, then (for elongated
     * words) the word with doubled letters made single, then (for masked words) every term of the same length whose
     * letters agree outside the mask. A message in another language meets only the cross-language terms: "retard"
     * is a slur in English and a delay in French.
     */
    Term termAt(WordIndex.Entry known, NormalizedText text, int token, boolean messageInThisLanguage) {
        return termAt(own(known), text, token, messageInThisLanguage);
    }

    /** {@link #termAt(WordIndex.Entry, NormalizedText, int, boolean)} for a caller without the token's index entry. */
    Term termAt(NormalizedText text, int token, boolean messageInThisLanguage) {
        return termAt(words.get(text.word(token)), text, token, messageInThisLanguage);
    }

    private Term termAt(Word word, NormalizedText text, int token, boolean messageInThisLanguage) {
        List<Term> byFirstWord = word == null ? null : messageInThisLanguage ? word.terms : word.crossLanguageTerms;
        Term term = (messageInThisLanguage ? terms : crossLanguageTerms).termAt(byFirstWord, text, token);
        if (term == null && text.has(token, NormalizedText.JOINED)) {
            term = afterOneLetterWord(text.word(token), messageInThisLanguage);
        }
        return term;
    }

    /** One-letter words that spaced-out letters take along when joined: "a m o r o n", "u i d i o t", "y i d i o t a". */
    private static final String ONE_LETTER_WORDS = "auyo";

    /**
     * The one-word term that a joined token is once its first letter, a one-letter word written before the spaced-out
     * letters, is left out ("amoron" from "you are a m o r o n"); null when there is none.
     */
    private Term afterOneLetterWord(String joined, boolean messageInThisLanguage) {
        if (joined.length() < 5 || ONE_LETTER_WORDS.indexOf(joined.charAt(0)) < 0) {
            return null;
        }
        Word rest = words.get(joined.substring(1));
        if (rest == null) {
            return null;
        }
        for (Term term : messageInThisLanguage ? rest.terms : rest.crossLanguageTerms) {
            if (term.words().length == 1) {
                return term;
            }
        }
        return null;
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

    private static Term masked(List<Term> sameLength, String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            letters += word.charAt(i) == '*' ? 0 : 1;
        }
        if (letters < 2 || word.charAt(0) == '*' || sameLength == null) {
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
    int allowedAt(WordIndex.Entry known, NormalizedText text, int token) {
        Word word = own(known);
        int best = 0;
        if (word != null) {
            for (String[] words : word.allow) {
                if (words.length > best && followedBy(text, token, words)) {
                    best = words.length;
                }
            }
        }
        return best;
    }

    /**
     * This language's phrase rules that could start at {@code word} when it is not masked, in the order they are tried:
     * those whose first element lists the word, then the prefix rules ({@code schick*}) it matches. For the word index.
     */
    List<PhraseRule> phrasesStartingWith(String word) {
        Word own = words.get(word);
        List<PhraseRule> out = new ArrayList<>(own == null ? List.of() : own.phrases);
        for (PhraseRule rule : prefixPhrases) {
            if (rule.startsWith(word)) {
                out.add(rule);
            }
        }
        return out;
    }

    /** The phrase rules whose first element has a prefix ({@code schick*}), in file order. */
    List<PhraseRule> prefixPhrases() {
        return prefixPhrases;
    }

    /** Every phrase rule, in file order. */
    List<PhraseRule> allPhrases() {
        return allPhrases;
    }

    private static PhraseRule parsePhrase(TextNormalizer normalizer, Language language, String line, int firstElement) {
        String code = language.code();
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
        return new PhraseRule(language, cols[4].strip(), List.copyOf(elements), gapArray, enumOf(Category.class, cols[1]),
                enumOf(Severity.class, cols[2]), cols[3].strip().equals("agent"), firstElement);
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
