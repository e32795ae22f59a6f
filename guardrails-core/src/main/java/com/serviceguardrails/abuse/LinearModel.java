package com.serviceguardrails.abuse;

import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.NormalizedText;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.BufferedInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A logistic-regression model over {@link TextFeatures}: probability that a message is offensive. Plain Java over a
 * weights data file per language ({@code offensive-model-<lang>.bin}: 16-bit fixed-point weights), so the plugin embeds no ML library.
 * Trained by {@code guardrails-bench}'s {@code AbuseModelTrainer} on openly licensed data only (see docs/abuse.md).
 * Immutable and thread-safe.
 */
public final class LinearModel {

    private static final int MAGIC = 0x53474c4d; // "SGLM"
    private static final int FORMAT = 1;

    private final int bits;
    private final float bias;
    private final float scale;
    private final short[] weights;

    public LinearModel(int bits, float bias, float[] weights) {
        this.bits = bits;
        this.bias = bias;
        float max = 1e-9f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        this.scale = max / Short.MAX_VALUE;
        this.weights = new short[1 << bits];
        for (int i = 0; i < this.weights.length; i++) {
            this.weights[i] = (short) Math.round(weights[i] / scale);
        }
    }

    private LinearModel(int bits, float bias, float scale, short[] weights) {
        this.bits = bits;
        this.bias = bias;
        this.scale = scale;
        this.weights = weights;
    }

    public int bits() {
        return bits;
    }

    /** The fixed-point weight of one feature; multiply by {@link #scale()} for its value. For tests. */
    short rawWeight(int feature) {
        return weights[feature];
    }

    float scale() {
        return scale;
    }

    /** Reads a model written by {@link #write}. */
    public static LinearModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC || data.readInt() != FORMAT) {
            throw new IOException("not a guardrails model file");
        }
        int bits = data.readInt();
        if (bits < 4 || bits > 24) {
            throw new IOException("bad model size " + bits);
        }
        float bias = data.readFloat();
        float scale = data.readFloat();
        // one bulk read: a readShort per weight (a synchronized read per byte) cost ~40 ms a model at every start
        byte[] raw = new byte[2 << bits];
        data.readFully(raw);
        short[] weights = new short[1 << bits];
        ByteBuffer.wrap(raw).order(ByteOrder.BIG_ENDIAN).asShortBuffer().get(weights);   // DataOutputStream's order
        return new LinearModel(bits, bias, scale, weights);
    }

    /** The bundled model for a language ({@code offensive-model-<lang>.bin}), or null when there is none. */
    static LinearModel bundled(Language language) {
        String resource = "offensive-model-" + language.code() + ".bin";
        try (InputStream in = LinearModel.class.getResourceAsStream(resource)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(FORMAT);
        data.writeInt(bits);
        data.writeFloat(bias);
        data.writeFloat(scale);
        for (short w : weights) {
            data.writeShort(w);
        }
        data.flush();
    }

    /**
     * Slots in the cache of words' own scores (a power of two). 32,768 slots hold the working vocabulary of a large
     * scan better than 8,192 did (fewer words pay the random reads into the weight table), for ~10 MB over 3 models once full.
     */
    private static final int WORD_CACHE_SLOTS = 1 << 15;
    /** Longer words are scored afresh each time, so the cache stays small whatever the text. */
    private static final int WORD_CACHE_MAX_LENGTH = 24;

    /**
     * Words' own scores, shared by every message and thread: words repeat across messages and within long ones, and one
     * slot read is cheaper than the dozen random reads into the 2 MB weight table that a word's n-grams cost. Racy by
     * design, like the normaliser's fold cache: entries are immutable, so a reader sees a whole entry (or null), and a
     * lost write only costs a recomputation. It changes nothing but the time.
     */
    private final WordScore[] wordScores = new WordScore[WORD_CACHE_SLOTS];

    /** The score of one message: its probability, and the token that contributed most, for the explanation. */
    public final class Score {
        private final int topToken;
        private final double probability;

        private Score(int topToken, long total, int count) {
            this.topToken = topToken;
            this.probability = count == 0 ? sigmoid(bias) : sigmoid(bias + total * (double) scale / Math.sqrt(count));
        }

        /** The probability that the message is offensive. */
        public double probability() {
            return probability;
        }

        /** The token whose features push the score up most (-1 when none does; the first of equals): the explanation. */
        public int topToken() {
            return topToken;
        }
    }

    /** A word's own features: its hash ({@link TextFeatures#wordHash}), the sum of their raw weights and how many there are. */
    private record WordScore(String word, int hash, long sum, int features) {
    }

    /**
     * Scores {@code text}, ignoring tokens marked in {@code skip} (allow-listed, quoted): one pass over the tokens
     * gives both the probability and the explanation, the features of {@link TextFeatures#tokens} without a call per
     * feature. Integer sums, so the result does not depend on the order in which features are added, and caching a
     * word's score changes nothing but the time.
     */
    public Score score(NormalizedText text, boolean[] skip) {
        return score(text, skip, null, null);
    }

    /**
     * {@link #score(NormalizedText, boolean[])} with the own scores of the tokens whose word is in the detector's
     * {@link WordIndex} ({@code entries}, by token) taken from {@code known}: no cache look-up, nor a read of the
     * token's string, for most words of a message.
     */
    Score score(NormalizedText text, boolean[] skip, WordIndex.Entry[] entries, KnownWords known) {
        long total = 0;
        int count = 0;
        int top = -1;
        long topContribution = 0;
        int previousHash = 0;
        boolean previousHasFeatures = false;
        for (int t = 0; t < text.size(); t++) {
            if (skip != null && skip[t]) {
                previousHasFeatures = false;
                continue;
            }
            WordIndex.Entry entry = entries == null ? null : entries[t];
            WordScore own = entry != null ? known.scores[entry.id] : wordScore(text.word(t));
            long contribution = own.sum();
            count += own.features();
            if (TextFeatures.hasBigram(text, t, previousHasFeatures)) {
                contribution += weights[TextFeatures.bigram(previousHash, own.hash(), bits)];
                count++;
            }
            total += contribution;
            if (contribution > 0 && (top < 0 || contribution > topContribution)) {
                top = t;
                topContribution = contribution;
            }
            previousHash = own.hash();
            previousHasFeatures = true;
        }
        return new Score(top, total, count);
    }

    /** The own scores of a fixed list of words, by position, computed once (the detector's indexed words); immutable. */
    final class KnownWords {
        private final WordScore[] scores;

        private KnownWords(List<String> words) {
            this.scores = words.stream().map(LinearModel.this::computeWordScore).toArray(WordScore[]::new);
        }
    }

    /** The own scores of {@code words}, for {@link #score(NormalizedText, boolean[], WordIndex.Entry[], KnownWords)}. */
    KnownWords knownWords(List<String> words) {
        return new KnownWords(words);
    }

    /**
     * A word's own score, from the cache when it holds the word. The slot comes from {@link String#hashCode}, which the
     * string keeps once computed (the word index's look-up already did), so a cached word costs no hashing here.
     */
    private WordScore wordScore(String word) {
        int h = word.hashCode();
        int slot = (h ^ h >>> 16) & (WORD_CACHE_SLOTS - 1);
        WordScore cached = wordScores[slot];
        if (cached != null && cached.word().equals(word)) {
            return cached;
        }
        WordScore own = computeWordScore(word);
        if (word.length() <= WORD_CACHE_MAX_LENGTH) {
            wordScores[slot] = own;
        }
        return own;
    }

    private WordScore computeWordScore(String word) {
        int hash = TextFeatures.wordHash(word);
        long[] sum = new long[1];
        int features = TextFeatures.wordFeatures(word, hash, bits, 0, (feature, token) -> sum[0] += weights[feature]);
        return new WordScore(word, hash, sum[0], features);
    }

    /** The probability that {@code text} is offensive, ignoring tokens marked in {@code skip} (allow-listed, quoted). */
    public double probability(NormalizedText text, boolean[] skip) {
        return score(text, skip).probability();
    }

    /** The token whose features push the score up most (-1 when none does): the model's explanation. */
    public int topToken(NormalizedText text, boolean[] skip) {
        return score(text, skip).topToken();
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
