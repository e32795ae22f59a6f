package com.serviceguardrails.text;

/**
 * A message prepared for matching: folded text (NFKD without accents, lower case, look-alikes replaced, zero-width
 * characters dropped), split into word tokens with leetspeak decoded, masks kept as {@code *}, letter repeats capped
 * and spaced-out letters joined. Every token knows its span in the original text, so findings point at what the
 * author actually wrote. Built by {@link TextNormalizer}; read-only after that.
 */
public final class NormalizedText {

    /** The token was inside double quotes or a quoted e-mail line: someone else's words. */
    public static final int QUOTED = 1;
    /** The token has mask characters ({@code f*ck}): {@link #word} holds {@code *} for each. */
    public static final int MASKED = 1 << 1;
    /** The token had a letter repeated three or more times ({@code stuuupid}). */
    public static final int ELONGATED = 1 << 2;
    /** The token had digits or symbols read as letters ({@code 1d10t}). */
    public static final int LEET = 1 << 3;
    /** The token was joined from spaced-out letters ({@code i d i o t}). */
    public static final int JOINED = 1 << 4;
    /** The token starts a sentence (first token, or after {@code . ! ? ;} or a line break). */
    public static final int SENTENCE_START = 1 << 5;
    /** The token starts a clause: after a comma, colon, parenthesis or dash (or starts a sentence). */
    public static final int CLAUSE_START = 1 << 6;

    private final String original;
    private final int mentions;
    private final int count;
    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final int[] flags;
    private final boolean truncated;
    /**
     * How many times tokens were read ({@link #word}, {@link #has}): a deterministic measure of the work done on this
     * text, so tests can check that judging stays linear without timing anything. A plain field: a normalised text
     * belongs to the one thread judging its message, and the count is only ever read by tests.
     */
    private int reads;

    NormalizedText(String original, int mentions, int count, String[] words, int[] starts, int[] ends, int[] flags,
                   boolean truncated) {
        this.original = original;
        this.mentions = mentions;
        this.count = count;
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.flags = flags;
        this.truncated = truncated;
    }

    public String original() {
        return original;
    }

    /** How many @mentions were stripped: a sign the message addresses a person. */
    public int mentions() {
        return mentions;
    }

    /** True when the text was longer than {@link TextNormalizer#MAX_CHARS} and only its beginning was read. */
    public boolean truncated() {
        return truncated;
    }

    public int size() {
        return count;
    }

    /** The token's matching form: folded, leetspeak decoded, repeats capped at two. */
    public String word(int token) {
        reads++;
        return words[token];
    }

    /** Start of the token in the original text (UTF-16 index, inclusive). */
    public int start(int token) {
        return starts[token];
    }

    /** End of the token in the original text (UTF-16 index, exclusive). */
    public int end(int token) {
        return ends[token];
    }

    public boolean has(int token, int flag) {
        reads++;
        return (flags[token] & flag) != 0;
    }

    /** How many times tokens were read so far; see {@link #reads}. */
    public int reads() {
        return reads;
    }

    /** The word with every doubled letter made single ({@code stuupid} → {@code stupid}), for elongated tokens. */
    public static String squeeze(String word) {
        StringBuilder out = null;
        for (int i = 1; i < word.length(); i++) {
            if (word.charAt(i) == word.charAt(i - 1)) {
                if (out == null) {
                    out = new StringBuilder(word.length()).append(word, 0, i);
                }
            } else if (out != null) {
                out.append(word.charAt(i));
            }
        }
        return out == null ? word : out.toString();
    }
}
