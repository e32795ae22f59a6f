package com.serviceguardrails.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns raw message text into {@link NormalizedText}: strips what is not the author's own words (@mentions, URLs,
 * e-mail addresses, quoted e-mail lines and reply history), folds characters (NFKD compatibility forms without
 * accents, lower case, look-alike letters from {@code lookalikes.txt}, zero-width characters dropped) and undoes
 * disguises (leetspeak, masks, spaced-out letters, repeated letters) while keeping each token's span in the original.
 * One forward pass, no regular expressions: linear in the input, whatever the input. Thread-safe.
 */
public final class TextNormalizer {

    /** Longer texts are judged on their first {@value} characters (Jira's own comment limit is 32,767). */
    public static final int MAX_CHARS = 100_000;

    /** How far an opening double quote looks for its closing quote; an unclosed one is just a character. */
    private static final int QUOTE_REACH = 400;
    /** Longest e-mail address or URL looked at when deciding whether a run of characters is one. */
    private static final int RUN_REACH = 320;

    private static final char QUOTED_CHAR = 1;
    private static final char BREAK_CHAR = 2;

    private static final TextNormalizer STANDARD = new TextNormalizer();

    private final Map<Character, String> lookalikes = new HashMap<>();
    private final List<String[]> replyHeaders = new ArrayList<>();
    /** The first letters of the reply headers' prefixes; null when a header has no prefix (it could start anywhere). */
    private final String headerInitials;
    /** Folded form of each BMP character, filled lazily; racy writes are harmless (Strings are immutable). */
    private final String[] foldCache = new String[0x10000];

    private TextNormalizer() {
        for (String line : DataFiles.lines(TextNormalizer.class, "lookalikes.txt")) {
            int space = line.indexOf(' ');
            if (space == 1) {
                lookalikes.put(line.charAt(0), line.substring(2).strip());
            }
        }
        for (String line : DataFiles.lines(TextNormalizer.class, "reply-headers.txt")) {
            int bar = line.indexOf('|');
            if (bar >= 0) {
                replyHeaders.add(new String[] {line.substring(0, bar), line.substring(bar + 1)});
            }
        }
        StringBuilder initials = new StringBuilder();
        for (String[] header : replyHeaders) {
            initials.append(header[0].isEmpty() ? "" : header[0].substring(0, 1));
        }
        boolean anyStart = replyHeaders.stream().anyMatch(header -> header[0].isEmpty());
        headerInitials = anyStart ? null : initials.toString();
    }

    public static TextNormalizer standard() {
        return STANDARD;
    }

    /** Normalises {@code input}; {@code null} is treated as empty. Never throws on odd text. */
    public NormalizedText normalize(CharSequence input) {
        return normalize(input, true);
    }

    /**
     * {@link #normalize} with or without the shortcuts for plain words (ASCII letters and digits taken a word at a
     * time, a word of only the letters a-z taken as it stands); the result must be the same, which tests check.
     */
    NormalizedText normalize(CharSequence input, boolean shortcuts) {
        String text = input == null ? "" : input.toString();
        int n = Math.min(text.length(), MAX_CHARS);
        Tokenizer tokens = new Tokenizer(n, shortcuts);
        int mentions = fold(text, n, tokens);
        return tokens.finish(text, mentions, n < text.length());
    }

    /**
     * Folds the first {@code n} characters of {@code text} and hands each folded character, with its span in the
     * original and whether it was quoted or a line break, straight to {@code out}: nothing is stored per character
     * beyond the word being read. Returns how many @mentions were dropped.
     */
    private int fold(String text, int n, Tokenizer out) {
        // one bulk copy, then plain array reads: String.charAt checks bounds on every call (and takes the slower
        // UTF-16 path for text with an emoji), and this pass reads each character several times. One character past n is kept so
        // a surrogate pair cut by MAX_CHARS decodes as before.
        char[] chars = new char[Math.min(text.length(), n + 1)];
        text.getChars(0, chars.length, chars, 0);
        int mentions = 0;
        boolean lineStart = true;
        boolean quotedLine = false;
        int quoteEnd = -1;
        // a run (characters up to the next whitespace) is looked at once, from its start, for being a mention, URL or
        // e-mail address; the whitespace that ends it is the first whitespace the loop below takes
        boolean inCheckedRun = false;
        // where the next '@' is: an e-mail address needs one, and most runs have none (found by one forward search
        // instead of a scan of every run)
        int nextAt = -1;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (lineStart) {
                lineStart = false;
                int j = i;
                while (j < n && (chars[j] == ' ' || chars[j] == '\t')) {
                    j++;
                }
                quotedLine = j < n && chars[j] == '>';
                if (isReplyHeader(text, j, n)) {
                    break;
                }
            }
            if (c == '\n' || c == '\r') {
                out.accept(' ', i, i + 1, BREAK_CHAR);
                lineStart = true;
                quotedLine = false;
                inCheckedRun = false;
                i++;
                continue;
            }
            if (quotedLine) {
                i++;
                continue;
            }
            if (!inCheckedRun && c > ' ' && (i == 0 || !isWordChar(chars[i - 1]))) {
                if (nextAt <= i) {
                    nextAt = text.indexOf('@', i + 1);
                    nextAt = nextAt < 0 ? Integer.MAX_VALUE : nextAt;
                }
                int skip = skippableRun(text, chars, i, n, nextAt);
                if (skip > 0) {
                    mentions += c == '@' ? 1 : 0;
                    out.accept(' ', i, i + skip, (char) 0);
                    i += skip;
                    continue;
                }
                inCheckedRun = true;
            }
            char quoteMark = i < quoteEnd ? QUOTED_CHAR : 0;
            if (out.shortcuts && isAsciiLetterOrDigit(c)) {
                // the rest of the word at once: inside it no line starts, no run starts (the character before is a
                // word character) and the quote mark stays (it changes only at a double quote)
                i = out.acceptAsciiWord(chars, i, n, quoteMark);
                continue;
            }
            inCheckedRun &= !isWhitespace(c);
            if (c < 0x80 && c != '"') {
                // the common case, without a detour through code points and strings
                out.accept(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 0x20 || c == 0x7f ? ' ' : c, i, i + 1, quoteMark);
                i++;
                continue;
            }
            if (isDoubleQuote(c)) {
                if (i == quoteEnd) {
                    quoteEnd = -1;
                } else if (quoteEnd < 0) {
                    quoteEnd = closingQuote(chars, i + 1, n);
                }
                out.accept(' ', i, i + 1, (char) 0);
                i++;
                continue;
            }
            int cp = Character.codePointAt(chars, i, chars.length);
            int next = i + Character.charCount(cp);
            String f = foldCodePoint(cp);
            for (int k = 0; k < f.length(); k++) {
                out.accept(f.charAt(k), i, next, quoteMark);
            }
            i = next;
        }
        return mentions;
    }

    private boolean isReplyHeader(String text, int start, int n) {
        char first = start < n ? text.charAt(start) : ' ';
        if (headerInitials != null && first > ' ' && first < 0x80
                && headerInitials.indexOf(first >= 'A' && first <= 'Z' ? first + 32 : first) < 0) {
            return false;   // most lines: a printable ASCII first letter no header starts with, so no copy of the line
        }
        int end = start;
        while (end < n && end - start < 200 && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        if (end == start || end - start >= 200) {
            return false;
        }
        String line = text.substring(start, end).strip().toLowerCase(Locale.ROOT);
        for (String[] header : replyHeaders) {
            if (line.startsWith(header[0]) && line.endsWith(header[1]) && line.length() >= header[0].length() + header[1].length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Length of the @mention, URL or e-mail address starting at {@code i} (the start of a run of characters up to
     * whitespace or {@code n}), or 0. {@code nextAt} is where the first '@' after {@code i} is.
     */
    private static int skippableRun(String text, char[] chars, int i, int n, int nextAt) {
        char c = chars[i];
        if (c == '@') {
            int j = i + 1;
            while (j < n && (isWordChar(chars[j]) || chars[j] == '.' || chars[j] == '-')) {
                j++;
            }
            return j > i + 1 ? j - i : 0;
        }
        char lower = (char) (c | 0x20);   // only 'h', 'H', 'w' and 'W' start these, even ignoring case
        if (lower == 'h' && (startsWithIgnoreCase(text, chars, i, n, "http://") || startsWithIgnoreCase(text, chars, i, n, "https://"))
                || lower == 'w' && startsWithIgnoreCase(text, chars, i, n, "www.")) {
            return runEnd(chars, i, n) - i;
        }
        if (nextAt < i + RUN_REACH) {
            // an e-mail address: an '@' inside the run, and a '.' after it
            int end = runEnd(chars, i, n);
            for (int j = nextAt + 2; nextAt < end && j < end - 1 && j < i + RUN_REACH; j++) {
                if (chars[j] == '.') {
                    return end - i;
                }
            }
        }
        return 0;
    }

    private static int runEnd(char[] chars, int i, int n) {
        int j = i;
        while (j < n && !isWhitespace(chars[j])) {
            j++;
        }
        return j;
    }

    /** {@link Character#isWhitespace}, with printable ASCII (most text) answered without the lookup. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || (c < ' ' || c >= 0x7f) && Character.isWhitespace(c);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
    }

    /** {@link Character#isLetter}, with ASCII answered without the lookup. */
    private static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** {@link Character#isLetterOrDigit}, with ASCII answered without the lookup. */
    private static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    /** Whether {@code text} has the lower-case ASCII {@code prefix} at {@code i}, ignoring case, within {@code n}. */
    private static boolean startsWithIgnoreCase(String text, char[] chars, int i, int n, String prefix) {
        if (i + prefix.length() > n) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = chars[i + k];
            char p = prefix.charAt(k);
            if (c >= 0x80) {
                // a few other letters match ignoring case ("\u017f" is an upper-case "S"): the full comparison
                return text.regionMatches(true, i, prefix, 0, prefix.length());
            }
            if (c != p && !(p >= 'a' && p <= 'z' && c == p - 32)) {
                return false;   // String.regionMatches ignoring case costs a case lookup per character
            }
        }
        return true;
    }

    private static int closingQuote(char[] chars, int from, int n) {
        for (int j = from; j < n && j < from + QUOTE_REACH; j++) {
            if (isDoubleQuote(chars[j])) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u00ab' || c == '\u00bb';
    }

    private static boolean isWordChar(char c) {
        return isLetterOrDigit(c) || c == '_';
    }

    /** The folded form of one code point: lower case, no accents, compatibility forms and look-alikes resolved. */
    String foldCodePoint(int cp) {
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') {
                return ASCII[cp + 32];
            }
            return cp < 0x20 || cp == 0x7f ? " " : ASCII[cp];
        }
        if (cp < 0x10000) {
            String cached = foldCache[cp];
            if (cached == null) {
                cached = computeFold(cp);
                foldCache[cp] = cached;
            }
            return cached;
        }
        return computeFold(cp);
    }

    private static final String[] ASCII = new String[0x80];

    static {
        for (int c = 0; c < 0x80; c++) {
            ASCII[c] = String.valueOf((char) c);
        }
    }

    private String computeFold(int cp) {
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return "";   // zero-width joiners, soft hyphens, combining marks (also the "Zalgo" kind)
        }
        if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        if (cp == '\u2019' || cp == '\u2018' || cp == '\u02bc') {
            return "'";
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char d = decomposed.charAt(k);
            int dt = Character.getType(d);
            if (dt == Character.NON_SPACING_MARK || dt == Character.ENCLOSING_MARK || dt == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            String lower = String.valueOf(d).toLowerCase(Locale.ROOT);
            for (int m = 0; m < lower.length(); m++) {
                char l = lower.charAt(m);
                String look = lookalikes.get(l);
                out.append(look != null ? look : String.valueOf(l));
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- tokens

    /**
     * Cuts the folded characters into tokens as they come: only the current run of token characters is kept (with
     * each character's span in the original), so the folded text itself is never stored. Flags and spans are those of
     * the folded text: a token's span runs from its first character's start to its last character's end.
     */
    private static final class Tokenizer {
        /** The current run of token characters: folded characters and their original spans. */
        private char[] run = new char[64];
        private int[] runFrom = new int[64];
        private int[] runTo = new int[64];
        private int runLength;
        private char runMark;
        /** Index in the folded text of the run's first character. */
        private int runFoldedStart;
        /**
         * Where the run still is only in the original, when it is one word of ASCII letters and digits so far:
         * {@code source[sourceFrom, sourceFrom + runLength)}, not yet copied into {@link #run} (nor their spans, which
         * are their own places); -1 when the run is in {@link #run}. Most words are never copied.
         */
        private int sourceFrom = -1;
        private char[] source;
        /** Whether the characters at {@link #sourceFrom} have a capital letter (their folded form does not). */
        private boolean sourceHasCapital;
        /** Whether the run is only the letters a-z, none three times in a row: a word as it stands. */
        private boolean plainRun;
        /** How many folded characters were accepted so far. */
        private int folded;
        private boolean sentenceBreak = true;
        private boolean clauseBreak = true;
        /** Where {@link #buildWord} writes; never shorter than the run. */
        private char[] word = new char[64];
        private final TokenList tokens;

        /** Whether plain words take the shortcuts (see {@link TextNormalizer#normalize(CharSequence, boolean)}). */
        final boolean shortcuts;

        /** For a text of {@code length} characters. */
        Tokenizer(int length, boolean shortcuts) {
            // about one word per five or six characters: seldom grown
            tokens = new TokenList(length / 5 + 16);
            this.shortcuts = shortcuts;
        }

        /** Takes the folded character {@code c}, which stands for the original's {@code [from, to)}. */
        void accept(char c, int from, int to, char mark) {
            if (isTokenChar(c)) {
                copySource();
                startOrGrowRun(1, mark);
                plainRun &= c >= 'a' && c <= 'z' && !endsARepeat(c);
                run[runLength] = c;
                runFrom[runLength] = from;
                runTo[runLength] = to;
                runLength++;
            } else {
                if (runLength > 0) {
                    endRun(c);
                }
                if (c == '.' || c == '?' || c == ';' || mark == BREAK_CHAR || c == '\u00bf' || c == '\u00a1') {
                    sentenceBreak = true;
                }
                if (c == ',' || c == ':' || c == '(' || c == ')' || c == '-' || c == '\u2013' || c == '\u2014') {
                    clauseBreak = true;
                }
            }
            folded++;
        }

        /**
         * Takes the ASCII letters and digits from {@code chars[from]} (one at least) up to the first other character
         * or {@code limit}, and returns where they end: the same as {@link #accept} for each, folded on its own (lower
         * case), in one loop.
         */
        int acceptAsciiWord(char[] chars, int from, int limit, char mark) {
            if (runLength > 0) {
                return appendAsciiWord(chars, from, limit);
            }
            // a new run: the characters are only looked at here, and copied only if the run goes on past them
            boolean plain = shortcuts;
            boolean capital = false;
            // the last character and how many times in a row: a letter's third time is capped by buildWord
            char last = 0;
            int times = 0;
            int to = from;
            for (; to < limit; to++) {
                char c = chars[to];
                char lower = (char) (c | 0x20);   // a capital ASCII letter's lower case; digits are unchanged
                if (lower >= 'a' && lower <= 'z') {
                    capital |= c != lower;
                } else if (c >= '0' && c <= '9') {
                    plain = false;
                } else {
                    break;
                }
                times = lower == last ? times + 1 : 1;
                last = lower;
                plain &= times < 3;
            }
            runLength = to - from;
            runFoldedStart = folded;
            runMark = mark;
            plainRun = plain;
            source = chars;
            sourceFrom = from;
            sourceHasCapital = capital;
            folded += to - from;
            return to;
        }

        /** {@link #acceptAsciiWord} for a run that has characters already. */
        private int appendAsciiWord(char[] chars, int from, int limit) {
            copySource();
            int to = from + 1;
            while (to < limit && isAsciiLetterOrDigit(chars[to])) {
                to++;
            }
            growRun(runLength + to - from);
            boolean plain = plainRun;
            char last = run[runLength - 1];
            int times = runLength > 1 && run[runLength - 2] == last ? 2 : 1;
            for (int k = from; k < to; k++) {
                char c = chars[k];
                char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                times = lower == last ? times + 1 : 1;
                last = lower;
                plain &= lower >= 'a' && times < 3;   // a digit is below 'a'
                run[runLength] = lower;
                runFrom[runLength] = k;
                runTo[runLength] = k + 1;
                runLength++;
            }
            plainRun = plain;
            folded += to - from;
            return to;
        }

        /** Copies a run that is still only in its source into {@link #run}, with its spans. */
        private void copySource() {
            if (sourceFrom < 0) {
                return;
            }
            growRun(runLength);
            for (int k = 0; k < runLength; k++) {
                char c = source[sourceFrom + k];
                run[k] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                runFrom[k] = sourceFrom + k;
                runTo[k] = sourceFrom + k + 1;
            }
            sourceFrom = -1;
        }

        /** Makes room for {@code more} characters in the run, starting it (with this mark) when it is empty. */
        private void startOrGrowRun(int more, char mark) {
            growRun(runLength + more);
            if (runLength == 0) {
                runFoldedStart = folded;
                // a quote mark changes only at a double quote, which is no token character: one mark per run
                runMark = mark;
                plainRun = shortcuts;
            }
        }

        private void growRun(int capacity) {
            if (capacity > run.length) {
                int size = Math.max(run.length * 2, capacity);
                run = java.util.Arrays.copyOf(run, size);
                runFrom = java.util.Arrays.copyOf(runFrom, size);
                runTo = java.util.Arrays.copyOf(runTo, size);
                word = new char[size];
            }
        }

        /** Whether {@code c} would be the third of a letter repeated in a row (capped by {@link #buildWord}). */
        private boolean endsARepeat(char c) {
            return runLength >= 2 && run[runLength - 1] == c && run[runLength - 2] == c;
        }

        NormalizedText finish(String original, int mentions, boolean truncated) {
            if (runLength > 0) {
                endRun((char) 0);
            }
            tokens.joinSpacedLetters();
            return new NormalizedText(original, mentions, tokens.count, tokens.words, tokens.starts, tokens.ends,
                    tokens.flags, truncated);
        }

        /** Turns the run into at most two tokens; {@code next} is the folded character after it. */
        private void endRun(char next) {
            int length = runLength;
            int quoted = runMark == QUOTED_CHAR ? NormalizedText.QUOTED : 0;
            if (plainRun && sourceFrom >= 0 && !sourceHasCapital) {
                // most words: a-z in the original, nothing to fold, trim, split, decode or cap
                tokens.add(new String(source, sourceFrom, length), sourceFrom, sourceFrom + length,
                        takeBreakFlags() | quoted, runFoldedStart, runFoldedStart + length, next);
                sourceFrom = -1;
                runLength = 0;
                return;
            }
            copySource();
            runLength = 0;
            char[] chars = run;
            if (plainRun) {
                // nothing to trim, split, decode or cap: the word is the run as it is
                tokens.add(new String(chars, 0, length), runFrom[0], runTo[length - 1], takeBreakFlags() | quoted,
                        runFoldedStart, runFoldedStart + length, next);
                return;
            }
            int s = 0;
            int e = length;
            while (s < e && !isLetterOrDigit(chars[s]) && !(chars[s] == '$' && s + 1 < e && isLetterOrDigit(chars[s + 1]))) {
                s++;
            }
            boolean endsWithBang = false;
            while (e > s && !isLetterOrDigit(chars[e - 1]) && chars[e - 1] != '$') {
                endsWithBang |= chars[e - 1] == '!';
                e--;
            }
            int elision = elisionEnd(chars, s, e);
            if (elision > 0) {
                // French elision "l'idiot", "t'es": the article or pronoun is a token of its own
                int built = buildWord(chars, s, elision - 1, word);
                tokens.add(new String(word, 0, built >>> WORD_LENGTH_SHIFT), runFrom[s], runTo[elision - 2], takeBreakFlags() | quoted,
                        runFoldedStart + s, runFoldedStart + elision - 1, '\'');
                s = elision;
            }
            if (e > s && hasLetter(chars, s, e)) {
                int built = buildWord(chars, s, e, word);
                tokens.add(new String(word, 0, built >>> WORD_LENGTH_SHIFT), runFrom[s], runTo[e - 1],
                        built & WORD_FLAGS | takeBreakFlags() | quoted, runFoldedStart + s, runFoldedStart + e,
                        e < length ? chars[e] : next);
            }
            sentenceBreak |= endsWithBang;
        }

        /** The sentence and clause flags of the token being added; the next one starts neither unless a break comes. */
        private int takeBreakFlags() {
            int flags = sentenceBreak ? NormalizedText.SENTENCE_START | NormalizedText.CLAUSE_START
                    : clauseBreak ? NormalizedText.CLAUSE_START : 0;
            sentenceBreak = false;
            clauseBreak = false;
            return flags;
        }
    }
    /** After {@code l'}, {@code d'}, {@code qu'} ... followed by at least two letters: where the word proper starts. */
    private static int elisionEnd(char[] chars, int s, int e) {
        int apostrophe = -1;
        if (s + 1 < e && chars[s + 1] == '\'') {
            apostrophe = s + 1;
        } else if (s + 2 < e && chars[s + 2] == '\'' && chars[s] == 'q' && chars[s + 1] == 'u') {
            apostrophe = s + 2;
        }
        if (apostrophe < 0 || e - apostrophe < 3 || "ldjtmnscq".indexOf(chars[s]) < 0) {
            return -1;
        }
        return isLetter(chars[apostrophe + 1]) && isLetter(chars[apostrophe + 2]) ? apostrophe + 1 : -1;
    }

    private static boolean isTokenChar(char c) {
        return isLetterOrDigit(c) || c == '\'' || c == '*' || c == '#' || c == '$' || c == '@' || c == '!'
                || c == '|' || c == '+';
    }

    private static boolean hasLetter(char[] chars, int s, int e) {
        for (int k = s; k < e; k++) {
            if (isLetter(chars[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the matching form of {@code chars[s, e)} into {@code word}; returns its length and the flags it found
     * (see {@link #WORD_LENGTH_SHIFT}). Digits are read
     * as letters only when they sit between or after letters ({@code 1d10t}, {@code sh1t}) or are the one digit before
     * four letters or more ({@code 1diot}), so {@code 100th}, {@code 1st} and {@code 4k} stay as they are.
     */
    private static int buildWord(char[] chars, int s, int e, char[] word) {
        int len = 0;
        boolean leet = false;
        boolean seenLetter = false;
        for (int k = s; k < e; k++) {
            char c = chars[k];
            if (isLetter(c)) {
                seenLetter = true;
            } else if (seenLetter || (c < '0' || c > '9')) {
                leet = true;
                break;
            }
        }
        // one leading digit before four letters or more is a letter too ("1diot", "1mbecil"); "1st", "4k" stay
        leet |= e - s >= 5 && chars[s] >= '0' && chars[s] <= '9' && leetLetter(chars[s]) != chars[s] && isLetter(chars[s + 1]);
        int flags = 0;
        for (int k = s; k < e; k++) {
            char c = chars[k];
            char m = c;
            if (c == '\'') {
                continue;   // "you're" and "youre" are one word to the matcher
            }
            if (c == '*' || c == '#') {
                m = '*';
                flags |= NormalizedText.MASKED;
            } else if (leet && !isLetter(c)) {
                m = leetLetter(c);
                if (m != c) {
                    flags |= NormalizedText.LEET;
                }
            }
            if (len >= 2 && word[len - 1] == m && word[len - 2] == m && isLetter(m)) {
                flags |= NormalizedText.ELONGATED;
                continue;
            }
            word[len++] = m;
        }
        return len << WORD_LENGTH_SHIFT | flags;
    }

    /** {@link #buildWord} returns the word's length above this bit and its flags below it. */
    private static final int WORD_LENGTH_SHIFT = 8;
    private static final int WORD_FLAGS = (1 << WORD_LENGTH_SHIFT) - 1;

    private static char leetLetter(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', '!', '|' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7', '+' -> 't';
            case '8' -> 'b';
            case '9' -> 'g';
            default -> c;
        };
    }

    /** Growable parallel arrays of tokens. */
    private static final class TokenList {
        String[] words;
        int[] starts;
        int[] ends;
        int[] flags;
        int count;
        /**
         * For each token, whether it is a single letter one separator after a single-letter token ("i d", "i.d"):
         * null until the first such pair, which most texts never have.
         */
        private boolean[] spacedFromPrevious;
        /** The previous token's end in the folded text, the folded character there, and whether it is one letter. */
        private int previousFoldedEnd = -2;
        private char previousFollowedBy;
        private boolean previousSingle;

        /** Room for {@code capacity} tokens at first; more when needed. */
        TokenList(int capacity) {
            words = new String[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
            flags = new int[capacity];
        }

        /**
         * Adds a token; {@code foldedStart} and {@code foldedEnd} are its place in the folded text and
         * {@code followedBy} the folded character at {@code foldedEnd}.
         */
        void add(String w, int start, int end, int flag, int foldedStart, int foldedEnd, char followedBy) {
            if (count == words.length) {
                int size = count * 2;
                words = java.util.Arrays.copyOf(words, size);
                starts = java.util.Arrays.copyOf(starts, size);
                ends = java.util.Arrays.copyOf(ends, size);
                flags = java.util.Arrays.copyOf(flags, size);
            }
            boolean single = w.length() == 1;
            if (single && previousSingle && foldedStart - previousFoldedEnd == 1 && isSeparator(previousFollowedBy)) {
                if (spacedFromPrevious == null || spacedFromPrevious.length <= count) {
                    spacedFromPrevious = java.util.Arrays.copyOf(spacedFromPrevious == null ? new boolean[0] : spacedFromPrevious,
                            words.length);
                }
                spacedFromPrevious[count] = true;
            }
            words[count] = w;
            starts[count] = start;
            ends[count] = end;
            flags[count] = flag;
            count++;
            previousSingle = single;
            previousFoldedEnd = foldedEnd;
            previousFollowedBy = followedBy;
        }

        /** "i d i o t", "i.d.i.o.t", "i-d-i-o-t": three or more single letters one separator apart become one token. */
        void joinSpacedLetters() {
            if (spacedFromPrevious == null) {
                return;   // the common case: nothing to join, every token stays where it is
            }
            int out = 0;
            int i = 0;
            while (i < count) {
                int j = i;
                while (j + 1 < count && j + 1 < spacedFromPrevious.length && spacedFromPrevious[j + 1]) {
                    j++;
                }
                if (j - i >= 2) {
                    StringBuilder joined = new StringBuilder(j - i + 1);
                    int flag = flags[i] | NormalizedText.JOINED;
                    for (int k = i; k <= j; k++) {
                        joined.append(words[k]);
                        flag |= flags[k] & (NormalizedText.LEET | NormalizedText.MASKED | NormalizedText.QUOTED);
                    }
                    move(out, i, joined.toString(), ends[j], flag);
                    i = j + 1;
                } else {
                    move(out, i, words[i], ends[i], flags[i]);
                    i++;
                }
                out++;
            }
            count = out;
        }

        private void move(int to, int from, String w, int end, int flag) {
            words[to] = w;
            starts[to] = starts[from];
            ends[to] = end;
            flags[to] = flag;
        }

        private static boolean isSeparator(char c) {
            return c == ' ' || c == '.' || c == '-' || c == '_';
        }
    }
}
