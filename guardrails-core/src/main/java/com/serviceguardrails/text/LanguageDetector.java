package com.serviceguardrails.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
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

    static final int SAMPLE_CHARS = 4000;

    private static final LanguageDetector STANDARD = new LanguageDetector();

    /** word → bitmask of languages that list it as a function word. */
    private final Map<String, Integer> functionWords = new HashMap<>();

    private LanguageDetector() {
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
        Map<Language, Integer> score = new EnumMap<>(Language.class);
        int limit = Math.min(text.length(), SAMPLE_CHARS);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= limit; i++) {
            char c = i < limit ? text.charAt(i) : ' ';
            scoreLetter(c, score);
            if (Character.isLetter(c) || c == '\'' || c == '\u2019') {
                word.append(Character.toLowerCase(c == '\u2019' ? '\'' : c));
            } else if (word.length() > 0) {
                scoreWord(word.toString(), score);
                word.setLength(0);
            }
        }
        Language best = fallback;
        int bestScore = 0;
        for (Map.Entry<Language, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    private void scoreWord(String word, Map<Language, Integer> score) {
        Integer mask = functionWords.get(word);
        if (mask == null) {
            int apostrophe = word.indexOf('\'');
            if (apostrophe > 0 && apostrophe < word.length() - 1) {
                // French elision: "l'équipe", "j'ai", "qu'il" count as their article or pronoun
                mask = functionWords.get(word.substring(0, apostrophe + 1));
            }
            if (mask == null) {
                return;
            }
        }
        int shared = Integer.bitCount(mask);
        for (Language language : Language.values()) {
            if ((mask & (1 << language.ordinal())) != 0) {
                // a word only one language uses tells more than one several languages share
                score.merge(language, shared == 1 ? 3 : 1, Integer::sum);
            }
        }
    }

    private static void scoreLetter(char c, Map<Language, Integer> score) {
        switch (c) {
            case '\u00df', '\u00e4', '\u00f6', '\u00c4', '\u00d6' -> score.merge(Language.DE, 2, Integer::sum);
            case '\u00f1', '\u00d1', '\u00bf', '\u00a1' -> score.merge(Language.ES, 2, Integer::sum);
            case '\u00e7', '\u00e8', '\u00ea', '\u00e0', '\u00f4', '\u00e2', '\u00ee', '\u0153' -> score.merge(Language.FR, 2, Integer::sum);
            default -> { }
        }
    }
}
