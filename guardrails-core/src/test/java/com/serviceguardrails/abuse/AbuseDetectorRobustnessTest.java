package com.serviceguardrails.abuse;

import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.NormalizedText;
import com.serviceguardrails.text.TextNormalizer;
import org.junit.Test;

import java.util.Random;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Generated junk never makes the detector throw, and its work grows linearly with the input. Work is measured as
 * the number of tokens, model features and token reads (counters), not wall-clock time, so the test does not flake on
 * a busy machine.
 */
public class AbuseDetectorRobustnessTest {

    private static final AbuseDetector DETECTOR = AbuseDetectorTest.DETECTOR;

    /** Characters that stress the normaliser: controls, surrogates (also unpaired), marks, masks, quotes, leet. */
    private static final String ALPHABET = "aeiou idtsn*#$@!|01345\"'\u201c\u00bb>.,-_\n\r\t\u0000\u0007\u200b\u00ad\u0301\u0456"
            + "\ud83d\ude00\ud800\udc00\uff41\u00df\u0130";

    private static String junk(Random random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            out.append(pick < 8 ? ALPHABET.charAt(random.nextInt(ALPHABET.length())) : (char) random.nextInt(0x10000));
        }
        return out.toString();
    }

    @Test
    public void generatedJunkNeverThrows() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            String text = junk(random, random.nextInt(400));
            for (AuthorRole role : AuthorRole.values()) {
                assertNotNull(DETECTOR.judge(text, role, null));   // judge, not scan: no safety net hides a bug
            }
        }
    }

    @Test
    public void hugeAndDegenerateInputsAreHandled() {
        String megabyte = junk(new Random(7), 1 << 20);
        assertNotNull(DETECTOR.judge(megabyte, AuthorRole.CUSTOMER, null));
        assertNotNull(DETECTOR.judge("a".repeat(100_000), AuthorRole.CUSTOMER, Language.EN));
        assertNotNull(DETECTOR.judge("\"".repeat(100_000), AuthorRole.CUSTOMER, Language.EN));
        assertNotNull(DETECTOR.judge("i ".repeat(100_000), AuthorRole.CUSTOMER, Language.EN));
        assertNotNull(DETECTOR.judge("a.".repeat(100_000), AuthorRole.AGENT, Language.DE));
        assertNotNull(DETECTOR.judge("@".repeat(100_000), AuthorRole.CUSTOMER, Language.FR));
        assertNotNull(DETECTOR.judge("\ud800".repeat(100_000), AuthorRole.CUSTOMER, Language.ES));
        assertNotNull(DETECTOR.judge("you idiot ".repeat(20_000), AuthorRole.CUSTOMER, Language.EN));
        assertNotNull(DETECTOR.scan(null, null, null));
    }

    @Test
    public void tokensAndFeaturesGrowLinearly() {
        String unit = "you st*pid m0ron, i know where you live \"quoted\" f u c k stuuupid @x http://y.z ";
        long small = work(unit.repeat(100));
        long large = work(unit.repeat(1000));
        // ten times the text, ten times the work (generous margin; a quadratic blow-up would be ~100x)
        assertTrue(small + " -> " + large, large <= small * 12 && large >= small * 8);
    }

    @Test
    public void judgingWorkScalesLinearlyNotQuadratically() {
        // every unit has terms, a masked word, an elongation, spaced letters, quotes, a phrase, a mention and a URL
        String unit = "you st*pid m0ron, \"i know\" where you live. f u c k stuuupid @x http://y.z > ";
        long small = tokenReads(unit.repeat(100));
        long large = tokenReads(unit.repeat(1000));   // 80,000 characters: still under the normaliser's limit
        // ten times the text, ten times the token reads (counted, not timed: a busy machine cannot make this flake);
        // a loop that looks back over the whole message for each token would read ~100 times as much
        assertTrue(small + " -> " + large, large <= small * 12 && large >= small * 8);
    }

    /** How often judging {@code text} read its tokens: the detector's work, deterministically. */
    private static long tokenReads(String text) {
        NormalizedText words = TextNormalizer.standard().normalize(text);
        assertTrue(DETECTOR.judge(text, words, AuthorRole.CUSTOMER, Language.EN).abusive());
        return words.reads();
    }

    private static long work(String text) {
        NormalizedText normalized = TextNormalizer.standard().normalize(text);
        int features = TextFeatures.extract(normalized, null, 20, (feature, token) -> { });
        return normalized.size() + (long) features;
    }

    @Test
    public void textBeyondTheLimitIsNotRead() {
        NormalizedText normalized = TextNormalizer.standard().normalize("x ".repeat(TextNormalizer.MAX_CHARS));
        assertTrue(normalized.truncated());
        assertTrue(normalized.size() <= TextNormalizer.MAX_CHARS / 2 + 1);
    }
}
