package com.serviceguardrails.bench.abuse;

import com.serviceguardrails.abuse.LinearModel;
import com.serviceguardrails.abuse.TextFeatures;
import com.serviceguardrails.text.NormalizedText;
import com.serviceguardrails.text.TextNormalizer;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import com.serviceguardrails.text.Language;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Trains the bundled offensive-language models ({@code offensive-model-<lang>.bin}) with LIBLINEAR (L2-regularised
 * logistic regression) over the core's own {@link TextFeatures}, one model per language with openly licensed data:
 * English from Davidson et al. 2017 (MIT), MLMA-en (MIT) and the customer messages of the IBM customer-care set
 * (Apache-2.0) as helpdesk-style negatives; German from GermEval 2018 without its tuning and held-out fifths
 * (CC BY 4.0); French from MLMA-fr (MIT). Spanish has no open labelled set here, so no model. OLID is never used.
 * <pre>
 * java -cp guardrails-bench/target/benchmarks.jar com.serviceguardrails.bench.abuse.AbuseModelTrainer ../shared \
 *      guardrails-core/src/main/resources/com/serviceguardrails/abuse
 * </pre>
 */
public final class AbuseModelTrainer {

    static final int BITS = 20;

    private AbuseModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Corpora.shared(args);
        Path dir = Path.of(args.length > 1 ? args[1] : "guardrails-core/src/main/resources/com/serviceguardrails/abuse");
        List<Corpora.Example> english = new ArrayList<>(Corpora.davidson(data));
        english.addAll(Corpora.mlma(data, Language.EN));
        for (String message : Corpora.customerMessages(data)) {
            english.add(new Corpora.Example(message, false, false, Language.EN, "ibm"));
        }
        write(dir, Language.EN, english, 2.0);
        write(dir, Language.DE, Corpora.germEval(data, Corpora.Split.TRAIN), 8.0);
        write(dir, Language.FR, Corpora.mlma(data, Language.FR), 2.0);
    }

    private static void write(Path dir, Language language, List<Corpora.Example> examples, double c) throws IOException {
        LinearModel model = train(examples, c);
        Path out = dir.resolve("offensive-model-" + language.code() + ".bin");
        try (OutputStream stream = Files.newOutputStream(out)) {
            model.write(stream);
        }
        System.out.printf("%s: trained on %d messages (C=%.1f), wrote %s (%d bytes)%n", language.code(), examples.size(), c, out,
                Files.size(out));
    }

    static LinearModel train(List<Corpora.Example> examples, double c) {
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = (1 << BITS) + 1;
        problem.bias = 1;
        problem.x = new Feature[problem.l][];
        problem.y = new double[problem.l];
        int positives = 0;
        for (int i = 0; i < examples.size(); i++) {
            problem.x[i] = vector(examples.get(i).text());
            problem.y[i] = examples.get(i).offensive() ? 1 : 0;
            positives += examples.get(i).offensive() ? 1 : 0;
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, c, 0.001);
        // balance the classes: the public sets are mostly offensive, helpdesk text mostly not
        parameter.setWeights(new double[] {(double) problem.l / (2.0 * positives), (double) problem.l / (2.0 * (problem.l - positives))},
                new int[] {1, 0});
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, parameter);
        double[] w = model.getFeatureWeights();
        int[] labels = model.getLabels();
        double sign = labels[0] == 1 ? 1 : -1;   // LIBLINEAR's weights favour its first label
        float[] weights = new float[1 << BITS];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (sign * w[i]);
        }
        float bias = (float) (sign * w[1 << BITS]);
        return new LinearModel(BITS, bias, weights);
    }

    /** The same feature values {@link LinearModel#score} uses: counts over the square root of the feature total. */
    static Feature[] vector(String text) {
        NormalizedText normalized = TextNormalizer.standard().normalize(text);
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        int total = TextFeatures.extract(normalized, null, BITS, (feature, token) -> counts.merge(feature, 1, Integer::sum));
        Feature[] vector = new Feature[counts.size()];
        double norm = total == 0 ? 1 : Math.sqrt(total);
        int i = 0;
        for (var entry : counts.entrySet()) {
            vector[i++] = new FeatureNode(entry.getKey() + 1, entry.getValue() / norm);
        }
        return vector;
    }
}
