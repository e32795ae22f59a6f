package com.serviceguardrails.abuse;

import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.TextNormalizer;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

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
        assertTrue(read.probability(idiot, null) > read.probability(TextNormalizer.standard().normalize("zzz"), null));
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
