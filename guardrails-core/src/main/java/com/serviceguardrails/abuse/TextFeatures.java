package com.serviceguardrails.abuse;

import com.serviceguardrails.text.NormalizedText;

/**
 * The features the abuse model reads: hashed word unigrams, word bigrams and character 3- to 5-grams of each
 * normalised token (with word-boundary marks). One definition shared by inference and by the trainer in
 * {@code guardrails-bench}, so the two can never drift apart. Allocation-free.
 */
public final class TextFeatures {

    /** Receives one hashed feature (already reduced to {@code [0, 2^bits)}) belonging to a token. */
    @FunctionalInterface
    public interface Sink {
        void accept(int feature, int token);
    }

    private static final int WORD_SEED = 0x9747b28c;
    private static final int BIGRAM_SEED = 0x5bd1e995;
    private static final int CHAR_SEED = 0x1b873593;

    private TextFeatures() {
    }

    /**
     * Emits every feature of {@code text} into {@code sink}, skipping tokens marked in {@code skip} (may be null).
     * Returns how many features were emitted.
     */
    public static int extract(NormalizedText text, boolean[] skip, int bits, Sink sink) {
        int mask = (1 << bits) - 1;
        int emitted = 0;
        int previous = 0;
        boolean havePrevious = false;
        for (int t = 0; t < text.size(); t++) {
            if (skip != null && skip[t]) {
                havePrevious = false;
                continue;
            }
            String word = text.word(t);
            int wordHash = hash(word, WORD_SEED);
            sink.accept(mix(wordHash) & mask, t);
            emitted++;
            if (havePrevious && !text.has(t, NormalizedText.SENTENCE_START)) {
                sink.accept(mix(previous * 31 + wordHash + BIGRAM_SEED) & mask, t);
                emitted++;
            }
            previous = wordHash;
            havePrevious = true;
            emitted += charGrams(word, t, mask, sink);
        }
        return emitted;
    }

    /** 3- to 5-grams of {@code ^word$}. */
    private static int charGrams(String word, int token, int mask, Sink sink) {
        int length = word.length() + 2;
        int emitted = 0;
        for (int start = 0; start + 3 <= length; start++) {
            int h = CHAR_SEED;
            for (int k = start; k < length && k < start + 5; k++) {
                h = (h ^ charAt(word, k)) * 0x01000193;
                if (k - start >= 2) {
                    sink.accept(mix(h + k - start) & mask, token);
                    emitted++;
                }
            }
        }
        return emitted;
    }

    private static char charAt(String word, int paddedIndex) {
        if (paddedIndex == 0) {
            return '^';
        }
        return paddedIndex > word.length() ? '$' : word.charAt(paddedIndex - 1);
    }

    private static int hash(String s, int seed) {
        int h = seed;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }

    /** Murmur3's finaliser: spreads the bits so the low ones make a good index. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
