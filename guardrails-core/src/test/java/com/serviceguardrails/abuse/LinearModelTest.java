package com.serviceguardrails.abuse;

import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.TextNormalizer;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class LinearModelTest {

    @Test
    public void writesAndReadsBackTheSameScores() throws IOException {
        float[] weights = new float[1 << 8];
        // weight every feature of "idiot" up: the model must score it above a neutral word after a round trip
        TextFeatures.extract(TextNormalizer.standard().normalize("idiot"), null, 8, (feature, token) -> weights[feature] = 2f);
        LinearModel model = new LinearModel(8, -1f, weights);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        LinearModel read = LinearModel.read(new ByteArrayInputStream(out.toByteArray()));
        var idiot = TextNormalizer.standard().normalize("zzz idiot");
        assertEquals(model.probability(idiot, null), read.probability(idiot, null), 1e-3);
        assertEquals(1, read.topToken(idiot, null));
        for (int feature = 0; feature < 1 << model.bits(); feature++) {
            assertEquals(model.rawWeight(feature), read.rawWeight(feature));   // every weight, bit for bit
        }
        assertTrue(read.probability(idiot, null) > read.probability(TextNormalizer.standard().normalize("zzz"), null));
    }

    @Test
    public void scoringMatchesTheFeatureDefinitionWithAndWithoutTheWordCache() {
        Random random = new Random(3);
        float[] weights = new float[1 << 12];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) random.nextGaussian();
        }
        LinearModel model = new LinearModel(12, 0.25f, weights);
        String sentence = "You absolute m0ron, \"quoted\" words. This damn printer, f*ck it! ";
        for (String text : new String[] {sentence, sentence.repeat(40)}) {   // words scored afresh, then from the cache
            var normalized = TextNormalizer.standard().normalize(text);
            boolean[] skip = new boolean[normalized.size()];
            skip[3] = true;
            // the definition: every feature's weight, summed per token
            long[] perToken = new long[normalized.size()];
            int count = TextFeatures.extract(normalized, skip, 12, (feature, token) -> perToken[token] += model.rawWeight(feature));
            long total = java.util.Arrays.stream(perToken).sum();
            LinearModel.Score score = model.score(normalized, skip);
            assertEquals(1 / (1 + Math.exp(-(0.25 + total * (double) model.scale() / Math.sqrt(count)))), score.probability(), 0);
            int top = 0;
            for (int t = 1; t < perToken.length; t++) {
                top = perToken[t] > perToken[top] ? t : top;
            }
            assertEquals(perToken[top] > 0 ? top : -1, score.topToken());
        }
    }

    @Test(expected = IOException.class)
    public void refusesAFileThatIsNotAModel() throws IOException {
        LinearModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
    }

    @Test
    public void bundledModelsExistForTheLanguagesWithOpenTrainingData() {
        assertNotNull(LinearModel.bundled(Language.EN));
        assertNotNull(LinearModel.bundled(Language.DE));
        assertNotNull(LinearModel.bundled(Language.FR));
        assertNull(LinearModel.bundled(Language.ES));
    }
}
