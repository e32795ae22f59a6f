package com.serviceguardrails.abuse;

import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.NormalizedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the four languages know about a normalised word (cue bits, allow-list entries, lexicon terms, phrase
 * rules starting with it, phrase elements it matches), found with one hash look-up per token. What the detector asks
 * about every token is decided here once per word, when the detector is built, so a word that starts nothing costs a
 * look-up and a few bit tests. Built once from the loaded {@link LanguageData}; read-only.
 */
final class WordIndex {

    private static final PhraseRule[] NO_RULES = {};

    /** What every language knows about one word; immutable. */
    static final class Entry {
        /** The word's position in {@link #words()}. */
        final int id;
        /** Per language (by ordinal): its part, or null when it does not know the word. */
        private final LanguageData.Word[] byLanguage;
        /** Per message language: the word's cue bits in the languages whose cues apply ({@link #cueLanguages}). */
        private final int[] cues;
        /** Bits by message language: an allow-list entry of a language whose allow-list applies starts here. */
        private final int allowFor;
        /** Bits by message language: a lexicon term that applies to such a message starts with this word. */
        private final int termsFor;
        /** The phrase rules of every language that may start at this word (unmasked), in the order they are tried. */
        private final PhraseRule[] phraseStarts;
        /** A number among the words that start phrase rules (-1 for the others), for a per-message memo. */
        private final int phraseStartNumber;
        /** Bit per phrase element number ({@link PhraseRule}): whether this word matches that element; no trailing zeros. */
        private final long[] phraseElements;

        private Entry(int id, String word, LanguageData.Word[] byLanguage, Collection<LanguageData> languages, int phraseElementCount,
                      int phraseStartNumber) {
            this.id = id;
            this.byLanguage = byLanguage;
            this.cues = new int[byLanguage.length];
            int allow = 0;
            int terms = 0;
            for (Language message : Language.values()) {
                int bit = 1 << message.ordinal();
                for (Language cueLanguage : cueLanguages(message)) {
                    LanguageData.Word known = byLanguage[cueLanguage.ordinal()];
                    if (known != null) {
                        cues[message.ordinal()] |= known.cue();
                        allow |= known.hasAllowEntries() ? bit : 0;
                    }
                }
                for (Language termLanguage : Language.values()) {   // its own terms, and other languages' cross-language ones
                    LanguageData.Word known = byLanguage[termLanguage.ordinal()];
                    if (known != null && known.startsTerms(termLanguage == message)) {
                        terms |= bit;
                    }
                }
            }
            this.allowFor = allow;
            this.termsFor = terms;
            List<PhraseRule> starts = new ArrayList<>();
            long[] elements = new long[(phraseElementCount + 63) / 64];
            for (LanguageData language : languages) {
                starts.addAll(language.phrasesStartingWith(word));
                for (PhraseRule rule : language.allPhrases()) {
                    for (int e = 0; e < rule.elementCount(); e++) {
                        if (rule.elementMatches(e, word)) {
                            int number = rule.firstElement() + e;
                            elements[number >>> 6] |= 1L << number;
                        }
                    }
                }
            }
            this.phraseStarts = starts.isEmpty() ? NO_RULES : starts.toArray(PhraseRule[]::new);
            this.phraseStartNumber = starts.isEmpty() ? -1 : phraseStartNumber;
            int used = elements.length;
            while (used > 0 && elements[used - 1] == 0) {
                used--;   // a word matches elements of its own language: shorter to combine per token
            }
            this.phraseElements = Arrays.copyOf(elements, used);
        }

        /** What {@code language} knows about the word (null when nothing). */
        LanguageData.Word word(Language language) {
            return byLanguage[language.ordinal()];
        }

        /** The word's cue bits for a message in {@code message}. */
        int cue(Language message) {
            return cues[message.ordinal()];
        }

        /** Whether an allow-list entry that applies to a message in {@code message} starts with this word. */
        boolean mayStartAllowed(Language message) {
            return (allowFor & 1 << message.ordinal()) != 0;
        }

        /** Whether this word matches phrase element {@code number} (see {@link PhraseRule}). */
        boolean matchesPhraseElement(int number) {
            int word = number >>> 6;
            return word < phraseElements.length && (phraseElements[word] & 1L << number) != 0;
        }
    }

    private final Map<String, Entry> words = new HashMap<>();
    /** The indexed words by {@link Entry#id}. */
    private final List<String> wordsById = new ArrayList<>();
    private final PhraseRule[] allPhrases;
    private final int phraseElementCount;
    /** How many words start phrase rules ({@link Entry#phraseStartNumber}). */
    private final int phraseStartingWords;
    /** How many longs a bit set over the phrase elements takes. */
    private final int phraseElementWords;
    /** Every language's rules with a prefix in their first element ({@code schick*}), for words no language knows. */
    private final PhraseRule[] prefixPhrases;
    /** The same, by the first letter (below {@value #INITIALS}) of a word they could match: most words none. */
    private final PhraseRule[][] prefixPhrasesByInitial = new PhraseRule[INITIALS][];
    private static final int INITIALS = 128;

    /** Indexes {@code languages} (in ordinal order), whose phrase elements are numbered below {@code phraseElementCount}. */
    WordIndex(Collection<LanguageData> languages, int phraseElementCount) {
        Map<String, LanguageData.Word[]> known = new HashMap<>();
        List<PhraseRule> all = new ArrayList<>();
        List<PhraseRule> prefix = new ArrayList<>();
        this.phraseElementCount = phraseElementCount;
        this.phraseElementWords = (phraseElementCount + 63) / 64;
        for (LanguageData data : languages) {
            data.forEachWord((word, part) -> byLanguage(known, word)[data.language.ordinal()] = part);
            // every whole word of a phrase element too, so a word without an entry can only match a prefix or a mask
            for (PhraseRule rule : data.allPhrases()) {
                for (int e = 0; e < rule.elementCount(); e++) {
                    rule.elementWords(e).forEach(word -> byLanguage(known, word));
                }
            }
            all.addAll(data.allPhrases());
            prefix.addAll(data.prefixPhrases());
        }
        int[] phraseStartingWords = {0};
        known.forEach((word, parts) -> {
            Entry entry = new Entry(wordsById.size(), word, parts, languages, phraseElementCount, phraseStartingWords[0]);
            phraseStartingWords[0] += entry.phraseStartNumber >= 0 ? 1 : 0;
            words.put(word, entry);
            wordsById.add(word);
        });
        this.phraseStartingWords = phraseStartingWords[0];
        this.allPhrases = all.toArray(PhraseRule[]::new);
        this.prefixPhrases = prefix.toArray(PhraseRule[]::new);
        for (char initial = 0; initial < INITIALS; initial++) {
            List<PhraseRule> rules = new ArrayList<>();
            for (PhraseRule rule : prefix) {
                if (rule.mayStartWith(initial)) {
                    rules.add(rule);
                }
            }
            prefixPhrasesByInitial[initial] = rules.isEmpty() ? NO_RULES : rules.toArray(PhraseRule[]::new);
        }
    }

    private static LanguageData.Word[] byLanguage(Map<String, LanguageData.Word[]> known, String word) {
        return known.computeIfAbsent(word, k -> new LanguageData.Word[Language.values().length]);
    }

    /** The languages whose cue words and allow-lists apply to a message in {@code message}: it and English ("you", "lol"). */
    static List<Language> cueLanguages(Language message) {
        return message == Language.EN ? List.of(Language.EN) : List.of(message, Language.EN);
    }

    /** A message's tokens looked up: each token's entry, and which phrase elements occur in the message. */
    static final class IndexedTokens {
        /** Per token: its entry, null when no language knows its word. */
        final Entry[] entries;
        /** Bit per phrase element that some token matches through its entry; null when any element may occur. */
        private final long[] elementsPresent;
        private final int phraseElementCount;
        /**
         * What {@link PhraseRule#mayMatchIn} said of each rule tried so far (by its first element's number: 0 not
         * asked, {@link #MAY_MATCH} or {@link #CANNOT_MATCH}); made on first use. A long message tries the same rules
         * at many tokens.
         */
        private byte[] ruleVerdicts;
        /** The same for each word's list of rules, by {@link Entry#phraseStartNumber}: may one of them match? */
        private byte[] wordVerdicts;
        private final int phraseStartingWords;
        private static final byte MAY_MATCH = 1;
        private static final byte CANNOT_MATCH = 2;

        private IndexedTokens(Entry[] entries, long[] elementsPresent, int phraseElementCount, int phraseStartingWords) {
            this.entries = entries;
            this.elementsPresent = elementsPresent;
            this.phraseElementCount = phraseElementCount;
            this.phraseStartingWords = phraseStartingWords;
        }

        /**
         * False when none of the phrase rules starting with the word of {@code entry} may match in this message; asked
         * once per word and message, so a common word ("you", "the") costs one look-up per token afterwards.
         */
        boolean mayStartPhrase(Entry entry) {
            if (entry.phraseStartNumber < 0) {
                return false;
            }
            if (wordVerdicts == null) {
                wordVerdicts = new byte[phraseStartingWords];
            }
            byte verdict = wordVerdicts[entry.phraseStartNumber];
            if (verdict == 0) {
                verdict = CANNOT_MATCH;
                for (PhraseRule rule : entry.phraseStarts) {
                    if (mayMatch(rule)) {
                        verdict = MAY_MATCH;
                        break;
                    }
                }
                wordVerdicts[entry.phraseStartNumber] = verdict;
            }
            return verdict == MAY_MATCH;
        }

        /** {@link PhraseRule#mayMatchIn}, asked once per rule and message. */
        boolean mayMatch(PhraseRule rule) {
            if (ruleVerdicts == null) {
                ruleVerdicts = new byte[phraseElementCount];
            }
            byte verdict = ruleVerdicts[rule.firstElement()];
            if (verdict == 0) {
                verdict = rule.mayMatchIn(this) ? MAY_MATCH : CANNOT_MATCH;
                ruleVerdicts[rule.firstElement()] = verdict;
            }
            return verdict == MAY_MATCH;
        }

        /**
         * False when no token can match phrase element {@code number} through its whole words: no entry matches it
         * and no unknown word is masked. (Prefixes, {@code kill*}, also match unknown words: not answered here.)
         */
        boolean mayContainWordOf(int number) {
            return elementsPresent == null || (elementsPresent[number >>> 6] & 1L << number) != 0;
        }
    }

    /** Looks up every token of {@code text}. */
    IndexedTokens lookUp(NormalizedText text) {
        Entry[] entries = new Entry[text.size()];
        long[] present = new long[phraseElementWords];
        boolean maskedUnknown = false;
        for (int t = 0; t < entries.length; t++) {
            Entry entry = words.get(text.word(t));
            entries[t] = entry;
            if (entry != null) {
                long[] elements = entry.phraseElements;
                for (int i = 0; i < elements.length; i++) {
                    present[i] |= elements[i];
                }
            } else if (!maskedUnknown && text.has(t, NormalizedText.MASKED)) {
                maskedUnknown = true;   // "f*ck": may match any element's word through the mask
            }
        }
        return new IndexedTokens(entries, maskedUnknown ? null : present, phraseElementCount, phraseStartingWords);
    }

    /**
     * Whether a lexicon term that applies to a message in {@code message} could start at {@code token}: its word
     * starts one, or it is elongated, masked or joined (looked up squeezed, by its letters, or without the one-letter
     * word the spaced-out letters took along).
     */
    boolean mayStartTerm(Entry entry, Language message, NormalizedText text, int token) {
        return entry != null && (entry.termsFor & 1 << message.ordinal()) != 0
                || text.has(token, NormalizedText.ELONGATED | NormalizedText.MASKED | NormalizedText.JOINED);
    }

    /** Every language's phrase rules, in language then file order: what a masked token ("f*ck you") tries. */
    PhraseRule[] allPhrases() {
        return allPhrases;
    }

    /**
     * The phrase rules to try at an unmasked {@code token} (with entry {@code entry}), in order: for a known word,
     * those that may start with it; for a word no language knows, the rules with a prefix in their first element
     * ({@code schick*}) that could match its first letter, of which the caller keeps those that
     * {@link PhraseRule#startsAt start at} the token.
     */
    PhraseRule[] phrasesAt(Entry entry, NormalizedText text, int token) {
        if (entry != null) {
            return entry.phraseStarts;
        }
        if (prefixPhrases.length == 0) {
            return NO_RULES;
        }
        char first = text.word(token).charAt(0);
        return first < INITIALS ? prefixPhrasesByInitial[first] : prefixPhrases;
    }

    /** Every indexed word, by {@link Entry#id}. */
    List<String> words() {
        return List.copyOf(wordsById);
    }

    /** The entry of a normalised word (null when no language knows it); for tests. */
    Entry entry(String word) {
        return words.get(word);
    }
}
