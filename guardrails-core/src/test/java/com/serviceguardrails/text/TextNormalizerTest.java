package com.serviceguardrails.text;

import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class TextNormalizerTest {

    private static List<String> words(String text) {
        NormalizedText normalized = TextNormalizer.standard().normalize(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < normalized.size(); i++) {
            out.add(normalized.word(i));
        }
        return out;
    }

    @Test
    public void decodesLeetspeakButLeavesOrdinalsAlone() {
        assertEquals(List.of("idiot", "shit", "100th", "4k"), words("1d10t $h1t 100th 4k"));
    }

    @Test
    public void oneLeadingDigitBeforeFourLettersIsALetterToo() {
        assertEquals(List.of("idiot", "imbecil", "1st", "2nd", "1080p", "2fast"), words("1diot 1mbecil 1st 2nd 1080p 2fast"));
    }

    @Test
    public void keepsMasksAsStars() {
        NormalizedText normalized = TextNormalizer.standard().normalize("f*ck *stupid*");
        assertEquals("f*ck", normalized.word(0));
        assertTrue(normalized.has(0, NormalizedText.MASKED));
        assertEquals("stupid", normalized.word(1));
    }

    @Test
    public void joinsSpacedOutLettersAndMapsTheSpanBack() {
        String text = "you i d i o t!";
        NormalizedText normalized = TextNormalizer.standard().normalize(text);
        assertEquals("idiot", normalized.word(1));
        assertEquals("i d i o t", text.substring(normalized.start(1), normalized.end(1)));
    }

    @Test
    public void capsRepeatsAndFoldsLookAlikesAccentsAndFullWidth() {
        assertEquals(List.of("stuupid", "idiot", "idiot", "fur", "strasse"), words("STUUUUPID \u0456diot \uff49\uff44\uff49\uff4f\uff54 f\u00fcr Stra\u00dfe"));
    }

    @Test
    public void dropsZeroWidthCharactersInsideWords() {
        assertEquals(List.of("idiot"), words("id\u200biot"));
    }

    @Test
    public void stripsMentionsUrlsAndEmailAddresses() {
        NormalizedText normalized = TextNormalizer.standard().normalize("@bob see https://idiot.example/x or mail idiot@example.com now");
        assertEquals(1, normalized.mentions());
        assertEquals(List.of("see", "or", "mail", "now"), words("@bob see https://idiot.example/x or mail idiot@example.com now"));
    }

    @Test
    public void skipsQuotedEmailLinesAndReplyHistory() {
        assertEquals(List.of("thanks", "fixed"), words("Thanks, fixed.\n> you idiot\nOn Mon, 3 Jun 2024, Bob wrote:\nyou moron"));
    }

    @Test
    public void marksDoubleQuotedWordsAndSplitsFrenchElision() {
        NormalizedText normalized = TextNormalizer.standard().normalize("he said \"idiot\" to l'abruti");
        assertTrue(normalized.has(2, NormalizedText.QUOTED));
        assertEquals(List.of("he", "said", "idiot", "to", "l", "abruti"), words("he said \"idiot\" to l'abruti"));
    }

    @Test
    public void anUnclosedQuoteIsJustACharacter() {
        NormalizedText normalized = TextNormalizer.standard().normalize("my 5\" screen, you idiot");
        assertTrue(!normalized.has(normalized.size() - 1, NormalizedText.QUOTED));
    }

    @Test
    public void spansPointIntoTheOriginalText() {
        String text = "Héllo, ＭＯＲＯＮ!";
        NormalizedText normalized = TextNormalizer.standard().normalize(text);
        assertEquals("moron", normalized.word(1));
        assertEquals("ＭＯＲＯＮ", text.substring(normalized.start(1), normalized.end(1)));
    }

    @Test
    public void plainWordShortcutsGiveWhatCharacterByCharacterFoldingGives() {
        // pieces that take every path: plain words, capitals, digits and leetspeak, masks, repeats, elision,
        // spaced-out letters, quotes, mentions, URLs, e-mail addresses, quoted lines, reply headers, line breaks,
        // accents, look-alikes, full-width and zero-width characters, surrogate pairs (broken ones too)
        String[] pieces = {"the", "you", "Idiot", "STUPID", "stuuupid", "aaa", "l'", "qu'", "abruti", "1d10t", "4k", "100th",
            "f*ck", "$h1t", "#", "!", "|", "+", "'", "\u2019", "i d i o t", "i.d.i.o.t", "x", "b", " ", " ", "  ", "\t", "\n",
            "\r\n", ".", ",", ";", ":", "?", "-", "_", "(", "\"", "\u201c", "\u201d", "\u00ab", ">", "@bob", "@", "a@b.c",
            "me@example.com", "http://x.y/z", "HTTPS://a", "www.b", "http\u017f://c", "On Mon, Bob wrote:", "\u00e9", "f\u00fcr",
            "\u00df", "\u0456", "\uff49\uff44", "\u200b", "\u0301", "\u00bd", "\ud83d\ude00", "\ud835\udc1a", "\ud83d",
            "\u00bf", "\u2014", "\u0000", "\u00a0", "\u3000", "\u0416", "0", "9"};
        Random random = new Random(20261130);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n % 50 == 0 ? 300 : 30);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameTokens(text.toString());
        }
        StringBuilder longText = new StringBuilder();
        while (longText.length() <= TextNormalizer.MAX_CHARS) {
            longText.append("Thanks, the parcel ARRIVED today\n");
        }
        assertSameTokens(longText.toString());
    }

    private static void assertSameTokens(String text) {
        String expected = describe(TextNormalizer.standard().normalize(text, false));
        assertEquals(text, expected, describe(TextNormalizer.standard().normalize(text, true)));
    }

    /** Everything a normalised text tells, as one string. */
    private static String describe(NormalizedText normalized) {
        StringBuilder out = new StringBuilder("mentions " + normalized.mentions() + ", truncated " + normalized.truncated());
        for (int t = 0; t < normalized.size(); t++) {
            out.append(" | ").append(normalized.word(t)).append(' ').append(normalized.start(t)).append('-')
                    .append(normalized.end(t));
            for (int flag = 1; flag <= NormalizedText.CLAUSE_START; flag <<= 1) {
                out.append(normalized.has(t, flag) ? '1' : '0');
            }
        }
        return out.toString();
    }
}
