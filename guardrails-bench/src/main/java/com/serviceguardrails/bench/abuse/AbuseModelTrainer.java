package com.serviceguardrails.bench.abuse;

import com.serviceguardrails.abuse.AbuseConfig;
import com.serviceguardrails.abuse.AbuseDetector;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.abuse.LinearModel;
import com.serviceguardrails.config.Mode;
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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * java -cp guardrails-bench/target/benchmarks.jar com.serviceguardrails.bench.abuse.AbuseModelTrainer ../shared --variants
 * </pre>
 * {@code --variants} writes nothing: it trains other English models in memory (other data, targets, features) and prints
 * how each ranks OLID's tuning half (ROC AUC over all tweets and over those the lexicon and rules leave clean) and the
 * best subtask-a macro-F1 of lexicon-or-model over the thresholds (tuning; OLID is only scored, never trained on).
 */
public final class AbuseModelTrainer {

    static final int BITS = 20;

    private AbuseModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Corpora.shared(args);
        if (args.length > 1 && args[1].equals("--variants")) {
            variants(data);
            return;
        }
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
        return train(examples, c, false);
    }

    /** {@code wordsOnly}: only word unigrams and bigrams carry weight (the character n-grams still count in the norm). */
    static LinearModel train(List<Corpora.Example> examples, double c, boolean wordsOnly) {
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = (1 << BITS) + 1;
        problem.bias = 1;
        problem.x = new Feature[problem.l][];
        problem.y = new double[problem.l];
        int positives = 0;
        for (int i = 0; i < examples.size(); i++) {
            problem.x[i] = vector(examples.get(i).text(), wordsOnly);
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
        return vector(text, false);
    }

    private static Feature[] vector(String text, boolean wordsOnly) {
        NormalizedText normalized = TextNormalizer.standard().normalize(text);
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        int total = !wordsOnly ? TextFeatures.extract(normalized, null, BITS, (feature, token) -> counts.merge(feature, 1, Integer::sum))
                : TextFeatures.tokens(normalized, null, BITS, (token, word, wordHash, bigram) -> {
                    int[] unigram = {-1};   // a word's first feature is its unigram, then its character n-grams
                    int emitted = TextFeatures.wordFeatures(word, wordHash, BITS, token, (feature, t) -> {
                        if (unigram[0] < 0) {
                            unigram[0] = feature;
                        }
                    });
                    counts.merge(unigram[0], 1, Integer::sum);
                    if (bigram >= 0) {
                        counts.merge(bigram, 1, Integer::sum);
                        emitted++;
                    }
                    return emitted;
                });
        Feature[] vector = new Feature[counts.size()];
        double norm = total == 0 ? 1 : Math.sqrt(total);
        int i = 0;
        for (var entry : counts.entrySet()) {
            vector[i++] = new FeatureNode(entry.getKey() + 1, entry.getValue() / norm);
        }
        return vector;
    }

    /** Trains other English models in memory and prints how each does on OLID's tuning half (see the class comment). */
    private static void variants(Path data) throws IOException {
        AbuseDetector rulesOnly = AbuseDetector.create(new AbuseConfig(Mode.ADVISE)).withThresholds(1.01, 1.01);
        List<Corpora.Example> olid = Corpora.olid(data, false);
        boolean[] offensive = new boolean[olid.size()];
        boolean[] flagged = new boolean[olid.size()];
        NormalizedText[] texts = new NormalizedText[olid.size()];
        for (int i = 0; i < olid.size(); i++) {
            offensive[i] = olid.get(i).offensive();
            flagged[i] = rulesOnly.scan(olid.get(i).text(), AuthorRole.CUSTOMER, Language.EN).offensive();
            texts[i] = TextNormalizer.standard().normalize(olid.get(i).text());
        }
        List<Corpora.Example> davidson = Corpora.davidson(data);
        List<Corpora.Example> mlma = Corpora.mlma(data, Language.EN);
        List<Corpora.Example> ibm = new ArrayList<>();
        for (String message : Corpora.customerMessages(data)) {
            ibm.add(new Corpora.Example(message, false, false, Language.EN, "ibm"));
        }
        List<Corpora.Example> hateOrNeither = new ArrayList<>();
        for (Corpora.Example e : Corpora.davidsonClasses(data)) {
            if (!e.key().equals("1")) {
                hateOrNeither.add(new Corpora.Example(e.text(), e.key().equals("0"), false, Language.EN, e.key()));
            }
        }
        List<Corpora.Example> shipped = concat(davidson, mlma, ibm);
        List<Corpora.Example> residual = new ArrayList<>(shipped);
        residual.removeIf(e -> rulesOnly.scan(e.text(), AuthorRole.CUSTOMER, Language.EN).offensive());
        Map<String, List<Corpora.Example>> sets = new LinkedHashMap<>();
        sets.put("shipped: Davidson, MLMA, IBM", shipped);
        sets.put("word unigrams and bigrams only", shipped);
        sets.put("only messages the lexicon leaves clean", residual);
        sets.put("without MLMA", concat(davidson, ibm));
        sets.put("without Davidson", concat(mlma, ibm));
        sets.put("MLMA alone", mlma);
        sets.put("Davidson hate vs neither, MLMA, IBM", concat(hateOrNeither, mlma, ibm));
        for (Map.Entry<String, List<Corpora.Example>> set : sets.entrySet()) {
            LinearModel model = train(set.getValue(), 2.0, set.getKey().startsWith("word"));
            double[] p = new double[texts.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = model.probability(texts[i], null);
            }
            double best = 0;
            double bestThreshold = 0;
            for (int step = 30; step < 100; step++) {
                AbuseEvaluation.Confusion c = new AbuseEvaluation.Confusion();
                for (int i = 0; i < p.length; i++) {
                    c.add(flagged[i] || p[i] >= step / 100.0, offensive[i]);
                }
                if (c.macroF1() > best) {
                    best = c.macroF1();
                    bestThreshold = step / 100.0;
                }
            }
            System.out.printf(Locale.ROOT, "%-40s %6d messages  AUC all %.3f, lexicon-clean %.3f  best with the lexicon %.3f at %.2f%n",
                    set.getKey(), set.getValue().size(), AbuseErrors.auc(p, offensive, flagged, null),
                    AbuseErrors.auc(p, offensive, flagged, false), best, bestThreshold);
        }
    }

    @SafeVarargs
    private static List<Corpora.Example> concat(List<Corpora.Example>... lists) {
        List<Corpora.Example> out = new ArrayList<>();
        for (List<Corpora.Example> list : lists) {
            out.addAll(list);
        }
        return out;
    }
}
