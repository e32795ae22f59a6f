package com.serviceguardrails.guidance;

import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.LanguageDetector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the questions the customer asked in their latest message(s), so the agent's reply answers all of them.
 * A sentence is a question when it ends with a question mark, opens with an inverted one (Spanish), or opens
 * with words that make a question even without the mark ("can you", "est-ce que"; data files
 * {@code question-starters-<lang>.txt}). Quoted e-mail lines ({@code > ...}) are skipped: they repeat older text.
 * A single linear scan, no regular expressions; never throws on any text.
 */
public final class QuestionFinder {

    /** At most this many characters of one message are read; longer messages are rarely all questions. */
    static final int MAX_CHARS_PER_MESSAGE = 20_000;
    /** At most this many questions are listed; more would not help the agent. */
    public static final int MAX_QUESTIONS = 12;

    private static final QuestionFinder STANDARD = new QuestionFinder();

    private final Map<Language, List<String[]>> starters = new EnumMap<>(Language.class);

    private QuestionFinder() {
        for (Language language : Language.values()) {
            starters.put(language, loadStarters(language));
        }
    }

    /** The shared finder; immutable and thread-safe. */
    public static QuestionFinder standard() {
        return STANDARD;
    }

    /**
     * The questions in the customer's messages since the last public agent reply (internal notes do not count as
     * a reply), oldest first. Empty when the agent has replied after the customer's last message.
     */
    public List<Question> openQuestions(List<ThreadMessage> thread, Language fallback) {
        List<ThreadMessage> latest = new ArrayList<>();
        for (ThreadMessage message : thread) {
            if (message.isAgentReply()) {
                latest.clear();
            } else if (message.byCustomer()) {
                latest.add(message);
            }
        }
        List<Question> out = new ArrayList<>();
        for (ThreadMessage message : latest) {
            for (Question question : questionsIn(message.id(), message.text(), fallback)) {
                if (out.size() == MAX_QUESTIONS) {
                    return List.copyOf(out);
                }
                out.add(question);
            }
        }
        return List.copyOf(out);
    }

    /** The questions in one message, in order. */
    public List<Question> questionsIn(String messageId, String text, Language fallback) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        int limit = Math.min(text.length(), MAX_CHARS_PER_MESSAGE);
        Language language = LanguageDetector.standard().detect(text, fallback);
        List<String[]> openings = starters.get(language);
        List<Question> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < limit && out.size() < MAX_QUESTIONS) {
            int lineEnd = indexOf(text, '\n', lineStart, limit);
            if (!isQuoted(text, lineStart, lineEnd)) {
                scanLine(messageId, text, lineStart, lineEnd, openings, out);
            }
            lineStart = lineEnd + 1;
        }
        return List.copyOf(out);
    }

    private static void scanLine(String messageId, String text, int from, int to, List<String[]> openings, List<Question> out) {
        int sentenceStart = from;
        for (int i = from; i < to && out.size() < MAX_QUESTIONS; i++) {
            char c = text.charAt(i);
            if (isSentenceEnd(c) && (i + 1 == to || !isSentenceEnd(text.charAt(i + 1)))
                    && (i + 1 == to || Character.isWhitespace(text.charAt(i + 1)) || c != '.')) {
                addIfQuestion(messageId, text, sentenceStart, i + 1, openings, out);
                sentenceStart = i + 1;
            }
        }
        if (sentenceStart < to && out.size() < MAX_QUESTIONS) {
            addIfQuestion(messageId, text, sentenceStart, to, openings, out);
        }
    }

    private static void addIfQuestion(String messageId, String text, int from, int to, List<String[]> openings, List<Question> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return;
        }
        boolean question = endsWithQuestionMark(text, from, to) || text.charAt(from) == '¿' || opensWithStarter(text, from, to, openings);
        if (question) {
            out.add(new Question(text.substring(from, to), messageId, from, to));
        }
    }

    private static boolean endsWithQuestionMark(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '?' || c == '？') {
                return true;
            }
            if (c != '!' && c != '.' && c != ')' && c != '"' && c != '»') {
                return false;
            }
        }
        return false;
    }

    /** True when the sentence's first words are one of the language's question openings. */
    private static boolean opensWithStarter(String text, int from, int to, List<String[]> openings) {
        List<String> words = firstWords(text, from, to, 6);
        for (String[] starter : openings) {
            if (starter.length <= words.size()) {
                boolean match = true;
                for (int w = 0; w < starter.length && match; w++) {
                    match = starter[w].equals(words.get(w));
                }
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Up to {@code max} words, lower-cased; letters and digits make words, everything else separates them. */
    private static List<String> firstWords(String text, int from, int to, int max) {
        List<String> words = new ArrayList<>(max);
        StringBuilder word = new StringBuilder();
        for (int i = from; i < to && words.size() < max; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        if (word.length() > 0 && words.size() < max) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '？' || c == '。';
    }

    private static boolean isQuoted(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '>';
            }
        }
        return false;
    }

    private static int indexOf(String text, char c, int from, int limit) {
        int at = text.indexOf(c, from);
        return at < 0 || at > limit ? limit : at;
    }

    private static List<String[]> loadStarters(Language language) {
        String resource = "question-starters-" + language.code() + ".txt";
        List<String[]> out = new ArrayList<>();
        try (InputStream in = QuestionFinder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(firstWords(entry, 0, entry.length(), 16).toArray(String[]::new));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
