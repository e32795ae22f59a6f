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
        String text = input == null ? "" : input.toString();
        int n = Math.min(text.length(), MAX_CHARS);
        Folded folded = fold(text, n);
        return tokenize(text, folded, n < text.length());
    }

    /** The folded characters with, for each, the original span and whether it was quoted or a line break. */
    private static final class Folded {
        char[] chars;
        char[] marks;
        int[] from;
        int[] to;
        int length;
        int mentions;

        Folded(int capacity) {
            chars = new char[capacity];
            marks = new char[capacity];
            from = new int[capacity];
            to = new int[capacity];
        }

        void add(char c, int start, int end, char mark) {
            if (length == chars.length) {
                int size = length * 2 + 16;
                chars = java.util.Arrays.copyOf(chars, size);
                marks = java.util.Arrays.copyOf(marks, size);
                from = java.util.Arrays.copyOf(from, size);
                to = java.util.Arrays.copyOf(to, size);
            }
            chars[length] = c;
            marks[length] = mark;
            from[length] = start;
            to[length] = end;
            length++;
        }
    }

    private Folded fold(String text, int n) {
        // one bulk copy, then plain array reads: String.charAt checks bounds on every call (and takes the slower
        // UTF-16 path for text with an emoji), and this pass reads each character several times. One character past n is kept so
        // a surrogate pair cut by MAX_CHARS decodes as before.
        char[] chars = new char[Math.min(text.length(), n + 1)];
        text.getChars(0, chars.length, chars, 0);
        Folded out = new Folded(n + 16);
        boolean lineStart = true;
        boolean quotedLine = false;
        int quoteEnd = -1;
        int plainUntil = 0;
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
                out.add(' ', i, i + 1, BREAK_CHAR);
                lineStart = true;
                quotedLine = false;
                i++;
                continue;
            }
            if (quotedLine) {
                i++;
                continue;
            }
            if (i >= plainUntil && c > ' ' && (i == 0 || !isWordChar(chars[i - 1]))) {
                int end = runEnd(chars, i, n);
                int skip = skippableRun(text, chars, i, end, out);
                if (skip > 0) {
                    out.add(' ', i, i + skip, (char) 0);
                    i += skip;
                    continue;
                }
                plainUntil = end;
            }
            char quoteMark = i < quoteEnd ? QUOTED_CHAR : 0;
            if (c < 0x80 && c != '"') {
                // the common case, without a detour through code points and strings
                out.add(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 0x20 || c == 0x7f ? ' ' : c, i, i + 1, quoteMark);
                i++;
                continue;
            }
            if (isDoubleQuote(c)) {
                if (i == quoteEnd) {
                    quoteEnd = -1;
                } else if (quoteEnd < 0) {
                    quoteEnd = closingQuote(chars, i + 1, n);
                }
                out.add(' ', i, i + 1, (char) 0);
                i++;
                continue;
            }
            int cp = Character.codePointAt(chars, i, chars.length);
            int next = i + Character.charCount(cp);
            String f = foldCodePoint(cp);
            for (int k = 0; k < f.length(); k++) {
                out.add(f.charAt(k), i, next, quoteMark);
            }
            i = next;
        }
        return out;
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

    /** Length of the @mention, URL or e-mail address starting at {@code i} (its run ends at {@code end}), or 0. */
    private static int skippableRun(String text, char[] chars, int i, int end, Folded out) {
        int n = end;
        char c = chars[i];
        if (c == '@') {
            int j = i + 1;
            while (j < n && (isWordChar(chars[j]) || chars[j] == '.' || chars[j] == '-')) {
                j++;
            }
            if (j > i + 1) {
                out.mentions++;
                return j - i;
            }
            return 0;
        }
        char lower = (char) (c | 0x20);   // only 'h', 'H', 'w' and 'W' start these, even ignoring case
        if (lower == 'h' && (startsWithIgnoreCase(text, i, n, "http://") || startsWithIgnoreCase(text, i, n, "https://"))
                || lower == 'w' && startsWithIgnoreCase(text, i, n, "www.")) {
            return end - i;
        }
        int at = -1;
        for (int j = i + 1; j < end && j < i + RUN_REACH; j++) {
            if (chars[j] == '@') {
                at = j;
                break;
            }
        }
        if (at > i) {
            for (int j = at + 2; j < end - 1 && j < i + RUN_REACH; j++) {
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
        return (c <= ' ' || c >= 0x7f) && Character.isWhitespace(c);
    }

    /** {@link Character#isLetter}, with ASCII answered without the lookup. */
    private static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** {@link Character#isLetterOrDigit}, with ASCII answered without the lookup. */
    private static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    private static boolean startsWithIgnoreCase(String text, int i, int n, String prefix) {
        return i + prefix.length() <= n && text.regionMatches(true, i, prefix, 0, prefix.length());
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

    private static NormalizedText tokenize(String original, Folded f, boolean truncated) {
        int cap = Math.max(8, f.length / 4);
        TokenList tokens = new TokenList(cap);
        // a word is never longer than the folded text it comes from; a plain array is cheaper per character than a
        // StringBuilder's append
        char[] word = new char[f.length];
        boolean sentenceBreak = true;
        boolean clauseBreak = true;
        int i = 0;
        while (i < f.length) {
            char c = f.chars[i];
            if (!isTokenChar(c)) {
                if (c == '.' || c == '?' || c == ';' || f.marks[i] == BREAK_CHAR || c == '\u00bf' || c == '\u00a1') {
                    sentenceBreak = true;
                }
                if (c == ',' || c == ':' || c == '(' || c == ')' || c == '-' || c == '\u2013' || c == '\u2014') {
                    clauseBreak = true;
                }
                i++;
                continue;
            }
            int s = i;
            while (i < f.length && isTokenChar(f.chars[i])) {
                i++;
            }
            int e = i;
            while (s < e && !isLetterOrDigit(f.chars[s]) && !(f.chars[s] == '$' && s + 1 < e && isLetterOrDigit(f.chars[s + 1]))) {
                s++;
            }
            boolean endsWithBang = false;
            while (e > s && !isLetterOrDigit(f.chars[e - 1]) && f.chars[e - 1] != '$') {
                endsWithBang |= f.chars[e - 1] == '!';
                e--;
            }
            int elision = elisionEnd(f.chars, s, e);
            if (elision > 0) {
                // French elision "l'idiot", "t'es": the article or pronoun is a token of its own
                int length = buildWord(f.chars, s, elision - 1, word) >>> WORD_LENGTH_SHIFT;
                tokens.add(new String(word, 0, length), f.from[s], f.to[elision - 2],
                        (sentenceBreak ? NormalizedText.SENTENCE_START | NormalizedText.CLAUSE_START : clauseBreak ? NormalizedText.CLAUSE_START : 0)
                                | (f.marks[s] == QUOTED_CHAR ? NormalizedText.QUOTED : 0),
                        s, elision - 1);
                sentenceBreak = false;
                clauseBreak = false;
                s = elision;
            }
            if (e > s && hasLetter(f.chars, s, e)) {
                int built = buildWord(f.chars, s, e, word);
                int flags = built & WORD_FLAGS;
                if (sentenceBreak) {
                    flags |= NormalizedText.SENTENCE_START | NormalizedText.CLAUSE_START;
                } else if (clauseBreak) {
                    flags |= NormalizedText.CLAUSE_START;
                }
                if (f.marks[s] == QUOTED_CHAR) {
                    flags |= NormalizedText.QUOTED;
                }
                tokens.add(new String(word, 0, built >>> WORD_LENGTH_SHIFT), f.from[s], f.to[e - 1], flags, s, e);
                sentenceBreak = false;
                clauseBreak = false;
            }
            sentenceBreak |= endsWithBang;
        }
        tokens.joinSpacedLetters(f);
        return new NormalizedText(original, f.mentions, tokens.count, tokens.words, tokens.starts, tokens.ends,
                tokens.flags, truncated);
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
     * as letters only when they sit between or after letters ({@code 1d10t}, {@code sh1t}), so {@code 100th} and
     * {@code 4k} stay as they are.
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
        int[] foldedStart;
        int[] foldedEnd;
        int count;

        TokenList(int cap) {
            words = new String[cap];
            starts = new int[cap];
            ends = new int[cap];
            flags = new int[cap];
            foldedStart = new int[cap];
            foldedEnd = new int[cap];
        }

        void add(String w, int start, int end, int flag, int fs, int fe) {
            if (count == words.length) {
                int size = count * 2;
                words = java.util.Arrays.copyOf(words, size);
                starts = java.util.Arrays.copyOf(starts, size);
                ends = java.util.Arrays.copyOf(ends, size);
                flags = java.util.Arrays.copyOf(flags, size);
                foldedStart = java.util.Arrays.copyOf(foldedStart, size);
                foldedEnd = java.util.Arrays.copyOf(foldedEnd, size);
            }
            words[count] = w;
            starts[count] = start;
            ends[count] = end;
            flags[count] = flag;
            foldedStart[count] = fs;
            foldedEnd[count] = fe;
            count++;
        }

        /** "i d i o t", "i.d.i.o.t", "i-d-i-o-t": three or more single letters one separator apart become one token. */
        void joinSpacedLetters(Folded f) {
            if (!twoSingleLettersInARow()) {
                return;   // the common case: nothing to join, every token stays where it is
            }
            int out = 0;
            int i = 0;
            while (i < count) {
                int j = i;
                while (j + 1 < count && words[j].length() == 1 && words[j + 1].length() == 1
                        && foldedStart[j + 1] - foldedEnd[j] == 1 && isSeparator(f.chars[foldedEnd[j]])) {
                    j++;
                }
                if (j - i >= 2) {
                    StringBuilder joined = new StringBuilder(j - i + 1);
                    int flag = flags[i] | NormalizedText.JOINED;
                    for (int k = i; k <= j; k++) {
                        joined.append(words[k]);
                        flag |= flags[k] & (NormalizedText.LEET | NormalizedText.MASKED | NormalizedText.QUOTED);
                    }
                    move(out, i, joined.toString(), ends[j], flag, foldedEnd[j]);
                    i = j + 1;
                } else {
                    move(out, i, words[i], ends[i], flags[i], foldedEnd[i]);
                    i++;
                }
                out++;
            }
            count = out;
        }

        private boolean twoSingleLettersInARow() {
            for (int i = 0; i + 1 < count; i++) {
                if (words[i].length() == 1 && words[i + 1].length() == 1) {
                    return true;
                }
            }
            return false;
        }

        private void move(int to, int from, String w, int end, int flag, int fe) {
            words[to] = w;
            starts[to] = starts[from];
            ends[to] = end;
            flags[to] = flag;
            foldedStart[to] = foldedStart[from];
            foldedEnd[to] = fe;
        }

        private static boolean isSeparator(char c) {
            return c == ' ' || c == '.' || c == '-' || c == '_';
        }
    }
}
