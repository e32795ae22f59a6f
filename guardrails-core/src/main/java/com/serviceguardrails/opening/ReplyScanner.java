package com.serviceguardrails.opening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the start of a reply the way a customer sees it: drops HTML tags and Jira wiki markup, skips quoted mail
 * ({@code > …} lines, {@code <blockquote>}, {@code {quote}}, {@code bq.}), code blocks, and stops at a quoted-mail
 * header ("On Mon … wrote:"), a signature delimiter ({@code --}) or a sign-off line ("Best regards,"). What is left
 * is split into sentences of words that keep their offsets in the original text.
 *
 * <p>One forward pass, no regular expressions, no backtracking: every search for a closing {@code >}, {@code }} or
 * line end is cached, so the cost is linear in the input. Only the first {@value #MAX_BODY_CHARS} characters of
 * visible text and the first few sentences are kept, however long the reply.
 */
final class ReplyScanner {

    /** Input beyond this is not read at all (Jira's own comment limit is far below it). */
    static final int MAX_INPUT_CHARS = 2_000_000;
    /** Visible text kept: the opening is in the first few sentences. */
    static final int MAX_BODY_CHARS = 1000;
    /** A run-on "sentence" is cut here, so one judged span stays small. */
    static final int MAX_SENTENCE_WORDS = 60;
    private static final int MAX_TAG_CHARS = 1000;
    private static final int MAX_WIKI_MACRO_CHARS = 200;

    /** The visible text kept (for language detection) and its first sentences. */
    record Body(CharSequence visibleText, List<Sentence> sentences) {
    }

    private ReplyScanner() {
    }

    static Body scan(String text, int maxSentences, PhraseBook book) {
        Visible visible = new Visible(text == null ? "" : text);
        visible.run();
        return new Splitter(visible, maxSentences, book).run();
    }

    /** Pass 1: the visible characters, each with the original range it came from. */
    private static final class Visible {
        final String text;
        final int limit;
        final StringBuilder chars = new StringBuilder();
        int[] originStart = new int[256];
        int[] originEnd = new int[256];
        private boolean lineStart = true;
        private int htmlQuoteDepth;
        private boolean wikiQuote;
        private boolean hiddenBlock;
        private int nextGt = -2;
        private int nextBrace = -2;

        Visible(String text) {
            this.text = text;
            this.limit = Math.min(text.length(), MAX_INPUT_CHARS);
        }

        void run() {
            int i = 0;
            while (i < limit && chars.length() < MAX_BODY_CHARS) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < limit && text.charAt(i + 1) == '\n') {
                    i++;
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    newline(i, i + 1);
                    i++;
                    continue;
                }
                if (lineStart && (c == ' ' || c == '\t' || c == '\u00a0')) {
                    i++;
                    continue;
                }
                if (c == '<') {
                    int end = tag(i);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
                if (c == '{') {
                    int end = wikiMacro(i);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
                if (lineStart) {
                    lineStart = false;
                    if (c == '>' || startsWith(i, "&gt;") || startsWith(i, "bq. ")) {
                        i = endOfLine(i);
                        continue;
                    }
                    if (c == 'h' && i + 3 < limit && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '6'
                            && text.charAt(i + 2) == '.' && text.charAt(i + 3) == ' ') {
                        i += 4;
                        continue;
                    }
                }
                if (htmlQuoteDepth > 0 || wikiQuote || hiddenBlock) {
                    i++;
                    continue;
                }
                if (c == '@' || c == 'h' || c == 'H' || c == 'w' || c == 'W') {
                    int end = handleOrLink(i);
                    if (end > i) {
                        // "@jeff_hilvers", "https://…/a.b?c": not words of the reply, and their dots end no sentence
                        emit(' ', i, end);
                        i = end;
                        continue;
                    }
                }
                if (c == '&') {
                    int end = entity(i);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
                if (c == '*' || c == '_' || c == '[' || c == ']' || c == '|' || c == '~') {
                    // Jira wiki emphasis, links and mentions: "*sorry*", "[~jdoe]", "[docs|https://…]"
                    emit(' ', i, i + 1);
                    i++;
                    continue;
                }
                emit(Character.isISOControl(c) ? ' ' : c, i, i + 1);
                i++;
            }
        }

        /**
         * A line break; never more than two in a row (a paragraph break) and none at the start, so thousands of skipped
         * quoted lines do not use up the visible-text budget.
         */
        private void newline(int from, int to) {
            int n = chars.length();
            if (n > 0 && !(n >= 2 && chars.charAt(n - 1) == '\n' && chars.charAt(n - 2) == '\n')) {
                emit('\n', from, to);
            }
            lineStart = true;
        }

        private void emit(char c, int from, int to) {
            int at = chars.length();
            if (at == originStart.length) {
                originStart = Arrays.copyOf(originStart, at * 2);
                originEnd = Arrays.copyOf(originEnd, at * 2);
            }
            chars.append(c);
            originStart[at] = from;
            originEnd[at] = to;
        }

        private boolean startsWith(int i, String s) {
            return text.regionMatches(true, i, s, 0, s.length());
        }

        private int endOfLine(int i) {
            int nl = text.indexOf('\n', i);
            return nl < 0 || nl > limit ? limit : nl;
        }

        /** An HTML tag at {@code i}: returns the index after it, or {@code i} when it is not a tag. */
        private int tag(int i) {
            if (i + 1 >= limit) {
                return i;
            }
            char first = text.charAt(i + 1);
            if (!(Character.isLetter(first) || first == '/' || first == '!')) {
                return i;
            }
            if (nextGt != -1 && nextGt < i) {
                nextGt = text.indexOf('>', i);
            }
            if (nextGt < 0 || nextGt >= limit || nextGt - i > MAX_TAG_CHARS) {
                return i;
            }
            boolean closing = first == '/';
            int nameStart = i + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < nextGt && Character.isLetterOrDigit(text.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = text.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
            switch (name) {
                case "blockquote" -> {
                    htmlQuoteDepth = Math.max(0, htmlQuoteDepth + (closing ? -1 : 1));
                    newline(i, nextGt + 1);
                }
                case "script", "style" -> hiddenBlock = !closing;
                case "br", "p", "div", "li", "tr", "ul", "ol", "table", "hr", "h1", "h2", "h3", "h4", "h5", "h6" ->
                        newline(i, nextGt + 1);
                default -> {
                    // inline tags (b, i, span, a, …) vanish
                }
            }
            return nextGt + 1;
        }

        /** A Jira wiki macro ({@code {quote}}, {@code {code:java}}, {@code {color:red}}) at {@code i}, or {@code i}. */
        private int wikiMacro(int i) {
            int nameEnd = i + 1;
            while (nameEnd < limit && nameEnd - i < 20 && Character.isLetter(text.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == i + 1 || nameEnd >= limit || (text.charAt(nameEnd) != '}' && text.charAt(nameEnd) != ':')) {
                return i;
            }
            if (nextBrace != -1 && nextBrace < nameEnd) {
                nextBrace = text.indexOf('}', nameEnd);
            }
            if (nextBrace < 0 || nextBrace >= limit || nextBrace - i > MAX_WIKI_MACRO_CHARS) {
                return i;
            }
            String name = text.substring(i + 1, nameEnd).toLowerCase(java.util.Locale.ROOT);
            switch (name) {
                case "quote" -> {
                    wikiQuote = !wikiQuote;
                    newline(i, nextBrace + 1);
                }
                case "code", "noformat" -> {
                    hiddenBlock = !hiddenBlock;
                    newline(i, nextBrace + 1);
                }
                case "panel" -> newline(i, nextBrace + 1);
                default -> {
                    // {color:red}…{color} and the like: the markup vanishes, the text stays
                }
            }
            return nextBrace + 1;
        }

        /** The end of an @mention or a URL ({@code http://}, {@code https://}, {@code www.}) starting at {@code i}, or {@code i}. */
        private int handleOrLink(int i) {
            boolean wordBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            if (wordBefore) {
                return i;
            }
            int k;
            if (text.charAt(i) == '@') {
                k = i + 1;
                while (k < limit && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '_')) {
                    k++;
                }
                return k > i + 1 ? k : i;
            }
            if (!(startsWith(i, "http://") || startsWith(i, "https://") || startsWith(i, "www."))) {
                return i;
            }
            k = i;
            while (k < limit && !Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '<' && text.charAt(k) != '"') {
                k++;
            }
            // a sentence may end right after a link: "see https://x.y/z." keeps its final period
            while (k > i && ".,;:!?)".indexOf(text.charAt(k - 1)) >= 0) {
                k--;
            }
            return k;
        }

        /** An HTML entity at {@code i}: emits its character and returns the index after it, or {@code i}. */
        private int entity(int i) {
            int semi = -1;
            for (int k = i + 1; k < limit && k - i <= 10; k++) {
                if (text.charAt(k) == ';') {
                    semi = k;
                    break;
                }
            }
            if (semi < 0) {
                return i;
            }
            String name = text.substring(i + 1, semi);
            char decoded = switch (name) {
                case "amp" -> '&';
                case "lt" -> '<';
                case "gt" -> '>';
                case "quot" -> '"';
                case "apos", "rsquo", "lsquo" -> '\'';
                case "nbsp" -> ' ';
                case "hellip" -> '…';
                case "ndash" -> '–';
                case "mdash" -> '—';
                default -> numericEntity(name);
            };
            if (decoded == 0) {
                return i;
            }
            emit(decoded, i, semi + 1);
            return semi + 1;
        }

        private static char numericEntity(String name) {
            if (name.length() < 2 || name.charAt(0) != '#') {
                return 0;
            }
            try {
                boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
                int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                return code > 0 && code < 0xD800 ? (char) code : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    /** Pass 2: lines → sentences of words, stopping at quoted-mail headers, signatures and sign-offs. */
    private static final class Splitter {
        private final Visible visible;
        private final StringBuilder chars;
        private final int maxSentences;
        private final PhraseBook book;
        private final List<Sentence> sentences = new ArrayList<>();
        private List<Token> current = new ArrayList<>();
        private int currentEnd;
        private boolean contentSeen;
        private int visibleEnd;

        Splitter(Visible visible, int maxSentences, PhraseBook book) {
            this.visible = visible;
            this.chars = visible.chars;
            this.maxSentences = maxSentences;
            this.book = book;
        }

        Body run() {
            int lineStart = 0;
            int length = chars.length();
            visibleEnd = length;
            while (lineStart < length && sentences.size() < maxSentences) {
                int lineEnd = chars.indexOf("\n", lineStart);
                if (lineEnd < 0) {
                    lineEnd = length;
                }
                if (!line(lineStart, lineEnd)) {
                    visibleEnd = lineStart;
                    break;
                }
                lineStart = lineEnd + 1;
            }
            close();
            return new Body(chars.subSequence(0, Math.min(visibleEnd, length)), List.copyOf(sentences));
        }

        /** Reads one line; false when the body ends here (signature, sign-off, quoted mail). */
        private boolean line(int from, int to) {
            List<Token> tokens = new ArrayList<>();
            List<Integer> boundaries = new ArrayList<>();
            // a long line is read only as far as the sentences still wanted; the rest is never tokenised
            int wanted = maxSentences - sentences.size() + 1;
            boolean wholeLine = tokenize(from, to, tokens, boundaries, wanted);
            if (tokens.isEmpty()) {
                if (contentSeen && isSignatureDelimiter(from, to)) {
                    return false;
                }
                if (isBlank(from, to)) {
                    close();
                }
                return true;
            }
            if (wholeLine && (isQuoteHeader(tokens, from, to) || (contentSeen && isSignoff(tokens)))) {
                return false;
            }
            if (!current.isEmpty() && tokens.get(0).capitalised()) {
                close();
            }
            contentSeen = true;
            for (int k = 0; k < tokens.size() && sentences.size() < maxSentences; k++) {
                current.add(tokens.get(k));
                currentEnd = tokens.get(k).end();
                int boundary = boundaries.get(k);
                if (boundary >= 0) {
                    currentEnd = boundary;
                    close();
                } else if (current.size() >= MAX_SENTENCE_WORDS) {
                    close();
                }
            }
            return true;
        }

        private void close() {
            if (!current.isEmpty() && sentences.size() < maxSentences) {
                sentences.add(new Sentence(List.copyOf(current), current.get(0).start(), currentEnd));
            }
            current = new ArrayList<>();
        }

        /**
         * Splits {@code chars[from, to)} into words; {@code boundaries.get(k)} is the original end of the sentence that
         * ends after word k (its terminal punctuation included), or -1. Stops after {@code wanted} sentence ends (or as
         * many words as they may hold); returns true when the whole line was read.
         */
        private boolean tokenize(int from, int to, List<Token> tokens, List<Integer> boundaries, int wanted) {
            int ends = 0;
            StringBuilder word = new StringBuilder();
            int wordStart = -1;
            char separator = 0;
            int k = from;
            while (k <= to) {
                char c = k < to ? chars.charAt(k) : ' ';
                if (k < to && Words.isWordChar(c)) {
                    if (wordStart < 0) {
                        wordStart = k;
                    }
                    word.append(Words.fold(c));
                    k++;
                    continue;
                }
                if (wordStart >= 0) {
                    tokens.add(new Token(word.toString(), visible.originStart[wordStart], visible.originEnd[k - 1],
                            Character.isUpperCase(chars.charAt(wordStart)), separator));
                    boundaries.add(-1);
                    word.setLength(0);
                    wordStart = -1;
                    separator = 0;
                    if (tokens.size() >= wanted * MAX_SENTENCE_WORDS) {
                        return false;
                    }
                }
                if (k >= to) {
                    break;
                }
                if (c == '.' || c == '!' || c == '?' || c == '…') {
                    int runEnd = k;
                    while (runEnd < to && ".!?…\"'”’»)".indexOf(chars.charAt(runEnd)) >= 0) {
                        runEnd++;
                    }
                    if (!tokens.isEmpty() && endsSentence(c, k, runEnd, to, tokens.get(tokens.size() - 1))) {
                        boundaries.set(boundaries.size() - 1, visible.originEnd[runEnd - 1]);
                        if (++ends >= wanted) {
                            return runEnd >= to;
                        }
                    } else {
                        separator = c;
                    }
                    k = runEnd;
                    continue;
                }
                if (",:;-–—()!".indexOf(c) >= 0) {
                    separator = c;
                }
                k++;
            }
            return true;
        }

        private boolean endsSentence(char terminal, int at, int runEnd, int to, Token before) {
            int next = runEnd;
            while (next < to && Character.isWhitespace(chars.charAt(next))) {
                next++;
            }
            if (next < to && (Character.isLowerCase(chars.charAt(next)) || Character.isDigit(chars.charAt(next)))) {
                // "e.g. the", "3.5": a period before a lower-case word or a digit ends nothing; "Sorry! we …" still ends
                return terminal != '.' && next > runEnd && Character.isLowerCase(chars.charAt(next));
            }
            if (terminal == '.' && runEnd == at + 1 && visible.originEnd[at - 1] == before.end()) {
                // "Mr. Smith", "z. B.", "J. Doe": a period right after an abbreviation or an initial
                return !(book.isAbbreviation(before.word()) || before.word().length() == 1);
            }
            return true;
        }

        /**
         * "Best regards,", "Thanks, Anna", "Sent from my iPhone": a sign-off followed by at most a name (three capitalised
         * words). "Thanks for reaching out!" is not one: it goes on in lower case.
         */
        private boolean isSignoff(List<Token> tokens) {
            PhraseBook.Match signoff = book.longestAt(PhraseBook.SIGNOFF, tokens, 0, tokens.size());
            if (signoff == null || tokens.size() > signoff.to() + 3) {
                return false;
            }
            if (signoff.to() >= 3) {
                return true;
            }
            for (int k = signoff.to(); k < tokens.size(); k++) {
                if (!tokens.get(k).capitalised()) {
                    return false;
                }
            }
            return true;
        }

        private boolean isBlank(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!Character.isWhitespace(chars.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        private boolean isSignatureDelimiter(int from, int to) {
            String line = chars.substring(from, to).strip();
            return line.equals("--") || line.equals("__") || line.equals("—") || line.startsWith("---") || line.startsWith("___");
        }

        /** "On Mon, 3 Feb 2025 at 10:12, Maria wrote:", "-----Original Message-----", "Le 3 févr. … a écrit :". */
        private boolean isQuoteHeader(List<Token> tokens, int from, int to) {
            int last = to - 1;
            while (last >= from && Character.isWhitespace(chars.charAt(last))) {
                last--;
            }
            if (last < from || (chars.charAt(last) != ':' && chars.charAt(last) != '-')) {
                return false;
            }
            boolean dateOrAddress = false;
            for (int k = from; k <= last && !dateOrAddress; k++) {
                char c = chars.charAt(k);
                dateOrAddress = Character.isDigit(c) || c == '@' || (c == '-' && k + 2 <= last && chars.charAt(k + 1) == '-' && chars.charAt(k + 2) == '-');
            }
            if (!dateOrAddress) {
                return false;
            }
            for (int start = Math.max(0, tokens.size() - 3); start < tokens.size(); start++) {
                PhraseBook.Match m = book.longestAt(PhraseBook.QUOTE_HEADER, tokens, start, tokens.size());
                if (m != null && m.to() == tokens.size()) {
                    return true;
                }
            }
            return false;
        }
    }
}
