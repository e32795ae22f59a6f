package com.serviceguardrails.opening;

import java.text.Normalizer;

/**
 * How the opening check sees words: letters and digits, lower case, accents folded ("Désolé" → "desole",
 * "Grüße" → "grusse" is not done: ß stays), apostrophes and hyphens split ("I'm" → "i", "m"). The phrase files are
 * read with the same rules, so a phrase written "i m sorry" matches "I'm sorry", "I’m sorry" and "IM SORRY".
 */
final class Words {

    private static final char[] FOLD = new char[0x250];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            FOLD[c] = Character.toLowerCase(decomposed.isEmpty() ? c : decomposed.charAt(0));
        }
    }

    private Words() {
    }

    /** True for characters that belong to a word. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** The folded, lower-case form of a word character. */
    static char fold(char c) {
        return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
    }

    /** Folds a whole word. */
    static String fold(CharSequence word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.append(fold(word.charAt(i)));
        }
        return out.toString();
    }
}
