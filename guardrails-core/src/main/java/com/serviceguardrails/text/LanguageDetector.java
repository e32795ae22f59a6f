package com.serviceguardrails.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses which of the supported languages a message is written in, from its function words (data files
 * {@code stopwords-<lang>.txt}) and a few letters only one of the languages uses. Helpdesk messages are short,
 * so it looks at whole words, not character statistics, and falls back to a default when nothing tells.
 * Linear in the text, no regular expressions; looks at most at the first {@value #SAMPLE_CHARS} characters.
 */
public final class LanguageDetector {

    /**
     * How much of a message is read: its first 1,000 characters are the author's newest words (quoted history comes
     * after them) and give plenty of function words; reading 4,000 cost ~16 µs on a 10 KB message, 1,000 ~4 µs.
     */
    static final int SAMPLE_CHARS = 1000;
    /** {@link Language#values()} copies its array on every call; this runs for every word of every message. */
    private static final Language[] LANGUAGES = Language.values();

    private static final LanguageDetector STANDARD = new LanguageDetector();

    /**
     * Function words (word → bitmask of the languages that list it) in an open-addressing table looked up by
     * characters, so no String is built per word of a message. An empty slot has mask 0; each slot's word hash is
     * kept beside its mask, so most look-ups of other words read neither the word nor more than one slot.
     */
    private final char[][] tableWords;
    private final int[] tableMasks;
    private final int[] tableHashes;
    /** The longest function word: a longer word is none (only its elided article or pronoun may be one). */
    private final int longestWord;

    private LanguageDetector() {
        Map<String, Integer> functionWords = new HashMap<>();
        for (Language language : Language.values()) {
            String resource = "stopwords-" + language.code() + ".txt";
            try (InputStream in = LanguageDetector.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        functionWords.merge(word.toLowerCase(Locale.ROOT), 1 << language.ordinal(), (a, b) -> a | b);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int slots = Integer.highestOneBit(Math.max(16, functionWords.size() * 4));
        tableWords = new char[slots][];
        tableMasks = new int[slots];
        tableHashes = new int[slots];
        functionWords.forEach((word, mask) -> {
            int hash = finish(hash(word.toCharArray(), word.length()));
            int slot = hash & (slots - 1);
            while (tableWords[slot] != null) {
                slot = (slot + 1) & (slots - 1);
            }
            tableWords[slot] = word.toCharArray();
            tableMasks[slot] = mask;
            tableHashes[slot] = hash;
        });
        longestWord = functionWords.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** FNV-1a, one character at a time, so a word's hash is made as its characters are read; see {@link #finish}. */
    private static final int HASH_START = 0x811c9dc5;

    private static int hashStep(int hash, char c) {
        return (hash ^ c) * 0x01000193;
    }

    private static int hash(char[] chars, int length) {
        int h = HASH_START;
        for (int i = 0; i < length; i++) {
            h = hashStep(h, chars[i]);
        }
        return h;
    }

    /** The table's hash of a word from its FNV-1a hash: the high bits mixed into the low ones that pick the slot. */
    private static int finish(int hash) {
        return hash ^ hash >>> 16;
    }

    /** The language bitmask of the function word {@code chars[0, length)}, whose {@link #hash} is given, or 0. */
    private int maskOf(char[] chars, int length, int hash) {
        if (length > longestWord) {
            return 0;
        }
        int finished = finish(hash);
        int slots = tableMasks.length;
        for (int slot = finished & (slots - 1); tableMasks[slot] != 0; slot = (slot + 1) & (slots - 1)) {
            if (tableHashes[slot] == finished && java.util.Arrays.equals(tableWords[slot], 0, tableWords[slot].length, chars, 0, length)) {
                return tableMasks[slot];
            }
        }
        return 0;
    }

    /** The shared detector; it is immutable and thread-safe. */
    public static LanguageDetector standard() {
        return STANDARD;
    }

    /** The most likely language of {@code text}, or {@code fallback} when the text gives no evidence. */
    public Language detect(CharSequence text, Language fallback) {
        if (text == null) {
            return fallback;
        }
        int[] score = new int[LANGUAGES.length];
        int limit = Math.min(text.length(), SAMPLE_CHARS);
        // one bulk copy: CharSequence.charAt checks bounds per character (UTF-16 path for text with an emoji)
        char[] sample = new char[limit];
        text.toString().getChars(0, limit, sample, 0);
        char[] word = new char[32];
        int length = 0;
        int wordHash = HASH_START;
        // where the word's first apostrophe is (-1: none yet) and the hash of the word up to and with it, for a French
        // elision ("l'équipe")
        int apostrophe = -1;
        int elidedHash = 0;
        // A one-letter word waits for the next word: two or more in a row are a spelled-out word ("m o r o n"),
        // not the Spanish "o" or the French "a" they look like, so none of them counts.
        char[] single = new char[1];
        boolean singleWaiting = false;
        boolean spelledOut = false;
        // words ending as Spanish words do (-o, -os) minus those ending as French words do; breaks a French/Spanish tie
        int spanishOverFrench = 0;
        for (int i = 0; i <= limit; i++) {
            char c = i < limit ? sample[i] : ' ';
            if (c >= 0xa1) {
                scoreLetter(c, score);   // the letters that tell a language are all beyond ASCII
            }
            // digits stay inside the word: "l0ser" is one word, not "l" and the Spanish "ser"
            if (isLetter(c) || c >= '0' && c <= '9' || c == '\'' || c == '\u2019') {
                if (length == word.length) {
                    word = java.util.Arrays.copyOf(word, length * 2);
                }
                // ASCII without the case look-up: digits and the apostrophe have the 0x20 bit already
                char lower = c < 0x80 ? (char) (c | 0x20) : Character.toLowerCase(c == '\u2019' ? '\'' : c);
                word[length++] = lower;
                wordHash = hashStep(wordHash, lower);
                if (lower == '\'' && apostrophe < 0) {
                    apostrophe = length - 1;
                    elidedHash = wordHash;
                }
            } else if (length == 1) {
                spelledOut |= singleWaiting;
                singleWaiting = !spelledOut;
                single[0] = word[0];
                length = 0;
                wordHash = HASH_START;
                apostrophe = -1;
            } else if (length > 0) {
                if (singleWaiting) {
                    scoreWord(single, 1, hash(single, 1), -1, 0, score);
                }
                singleWaiting = false;
                spelledOut = false;
                scoreWord(word, length, wordHash, apostrophe, elidedHash, score);
                spanishOverFrench += ending(word, length);
                length = 0;
                wordHash = HASH_START;
                apostrophe = -1;
            }
        }
        if (singleWaiting) {
            scoreWord(single, 1, hash(single, 1), -1, 0, score);
        }
        Language best = fallback;
        int bestScore = 0;
        for (Language language : LANGUAGES) {   // in order, so ties go to the first language as before
            if (score[language.ordinal()] > bestScore) {
                best = language;
                bestScore = score[language.ordinal()];
            }
        }
        if (bestScore > 0 && (best == Language.FR || best == Language.ES) && score[Language.FR.ordinal()] == score[Language.ES.ordinal()]
                && spanishOverFrench != 0) {
            // "Tu técnico es un payaso": every function word is both French and Spanish; the endings tell
            best = spanishOverFrench > 0 ? Language.ES : Language.FR;
        }
        return best;
    }

    /** {@link Character#isLetter}, with ASCII answered without the lookup. */
    private static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /**
     * Scores the word {@code word[0, length)}, whose {@link #hash} is given; {@code apostrophe} is where its first
     * apostrophe is (-1: none) and {@code elidedHash} the hash of the word up to and with it.
     */
    private void scoreWord(char[] word, int length, int hash, int apostrophe, int elidedHash, int[] score) {
        int mask = maskOf(word, length, hash);
        if (mask == 0) {
            if (apostrophe > 0 && apostrophe < length - 1) {
                // French elision: "l'équipe", "j'ai", "qu'il" count as their article or pronoun
                mask = maskOf(word, apostrophe + 1, elidedHash);
            }
            if (mask == 0) {
                return;
            }
        }
        int shared = Integer.bitCount(mask);
        for (Language language : LANGUAGES) {
            if ((mask & (1 << language.ordinal())) != 0) {
                // a word only one language uses tells more than one several languages share
                score[language.ordinal()] += shared == 1 ? 3 : 1;
            }
        }
    }

    /**
     * +1 for a word ending as Spanish words often do and French ones seldom ({@code -o}, {@code -os}: "técnico",
     * "payasos"), -1 for the reverse ({@code -eau}, {@code -eux}, {@code -aux}, {@code -ait}, {@code -ais}, {@code -ent}),
     * else 0. Words of three letters or more only.
     */
    private static int ending(char[] word, int length) {
        if (length < 3) {
            return 0;
        }
        char last = word[length - 1];
        char before = word[length - 2];
        if (last == 'o' || last == 's' && before == 'o') {
            return 1;
        }
        if (length >= 4) {
            char third = word[length - 3];
            if (last == 'u' && before == 'a' && third == 'e' || last == 'x' && before == 'u' && (third == 'e' || third == 'a')
                    || last == 't' && before == 'i' && third == 'a' || last == 's' && before == 'i' && third == 'a'
                    || last == 't' && before == 'n' && third == 'e') {
                return -1;
            }
        }
        return 0;
    }

    private static void scoreLetter(char c, int[] score) {
        switch (c) {
            case '\u00df', '\u00e4', '\u00f6', '\u00fc', '\u00c4', '\u00d6', '\u00dc' -> score[Language.DE.ordinal()] += 2;
            // á í ó ú: Spanish accents French does not write
            case '\u00f1', '\u00d1', '\u00bf', '\u00a1', '\u00e1', '\u00ed', '\u00f3', '\u00fa' -> score[Language.ES.ordinal()] += 2;
            case '\u00e7', '\u00e8', '\u00ea', '\u00e0', '\u00f4', '\u00e2', '\u00ee', '\u0153' -> score[Language.FR.ordinal()] += 2;
            default -> { }
        }
    }
}
