package com.serviceguardrails.abuse;

import com.serviceguardrails.text.NormalizedText;

/**
 * The features the abuse model reads: hashed word unigrams, word bigrams and character 3- to 5-grams of each
 * normalised token (with word-boundary marks). One definition shared by inference and by the trainer in
 * {@code guardrails-bench}, so the two can never drift apart. Allocates nothing per feature.
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
     * Receives each token that has features: its word (whose own features, {@link #wordFeatures}, are the same
     * wherever it occurs, so a consumer may cache them) and the bigram with the previous word (-1 when none).
     * Returns how many features it accounted for.
     */
    @FunctionalInterface
    public interface TokenSink {
        int accept(int token, String word, int wordHash, int bigram);
    }

    /**
     * Emits every feature of {@code text} into {@code sink}, skipping tokens marked in {@code skip} (may be null).
     * Returns how many features were emitted.
     */
    public static int extract(NormalizedText text, boolean[] skip, int bits, Sink sink) {
        return tokens(text, skip, bits, (token, word, wordHash, bigram) -> {
            int emitted = wordFeatures(word, wordHash, bits, token, sink);
            if (bigram >= 0) {
                sink.accept(bigram, token);
                emitted++;
            }
            return emitted;
        });
    }

    /**
     * Walks the tokens of {@code text} that have features (not marked in {@code skip}); the one definition of which
     * token has which bigram. Returns the sum of what {@code sink} returned: the number of features.
     */
    public static int tokens(NormalizedText text, boolean[] skip, int bits, TokenSink sink) {
        int emitted = 0;
        int previous = 0;
        boolean havePrevious = false;
        for (int t = 0; t < text.size(); t++) {
            if (skip != null && skip[t]) {
                havePrevious = false;
                continue;
            }
            String word = text.word(t);
            int wordHash = wordHash(word);
            int bigram = hasBigram(text, t, havePrevious) ? bigram(previous, wordHash, bits) : -1;
            emitted += sink.accept(t, word, wordHash, bigram);
            previous = wordHash;
            havePrevious = true;
        }
        return emitted;
    }

    /** The hash a word's unigram and bigrams are made from. */
    public static int wordHash(String word) {
        return hash(word, WORD_SEED);
    }

    /**
     * Whether {@code token} has a bigram with the token before it: that one had features ({@code previousHasFeatures},
     * not skipped) and no sentence starts in between.
     */
    public static boolean hasBigram(NormalizedText text, int token, boolean previousHasFeatures) {
        return previousHasFeatures && !text.has(token, NormalizedText.SENTENCE_START);
    }

    /** The bigram feature of a word (hash {@code wordHash}) after the word with hash {@code previousWordHash}. */
    public static int bigram(int previousWordHash, int wordHash, int bits) {
        return mix(previousWordHash * 31 + wordHash + BIGRAM_SEED) & ((1 << bits) - 1);
    }

    /** The features of a word on its own, wherever it stands: its unigram and character n-grams. Returns how many. */
    public static int wordFeatures(String word, int wordHash, int bits, int token, Sink sink) {
        int mask = (1 << bits) - 1;
        sink.accept(mix(wordHash) & mask, token);
        return 1 + charGrams(word, token, mask, sink);
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
