package com.serviceguardrails.text;

import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

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
}
