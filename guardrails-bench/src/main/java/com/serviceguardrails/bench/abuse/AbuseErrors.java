package com.serviceguardrails.bench.abuse;

import com.serviceguardrails.abuse.AbuseConfig;
import com.serviceguardrails.abuse.AbuseDetector;
import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.abuse.Finding;
import com.serviceguardrails.config.Mode;
import com.serviceguardrails.text.Language;
import com.serviceguardrails.text.NormalizedText;
import com.serviceguardrails.text.TextNormalizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Error analysis on OLID's TUNING half only (buckets 0-4; the reporting half is never looked at):
 * <pre>
 * java -cp guardrails-bench/target/benchmarks.jar com.serviceguardrails.bench.abuse.AbuseErrors ../shared MODE [N]
 * </pre>
 * MODE {@code a-fn} (offensive tweets we miss; {@code de-fn}, {@code de-fp}: the same on GermEval's tuning fifth), {@code a-fp} (clean tweets we flag), {@code b-fn} (TIN tweets not
 * flagged abusive), {@code b-fp} (UNT tweets flagged abusive), {@code words} (words over-represented in the misses of
 * subtask a, with their counts among offensive and clean tweets: candidates for the lexicon), {@code rules} (each rule
 * that fired, on how many offensive and clean tweets, and as abuse on how many TIN and UNT ones), {@code b-ceiling} (what
 * subtask b would score with perfect targeting at today's subtask-a recall), {@code model} (what the English model adds
 * to the lexicon and rules: their figures alone, the model's ROC AUC over all tweets and over those they leave clean,
 * the share of offensive tweets by model probability, and subtask a with the model at each threshold). N tweets are
 * printed.
 */
public final class AbuseErrors {

    private AbuseErrors() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Corpora.shared(args);
        String mode = args.length > 1 ? args[1] : "a-fn";
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        AbuseDetector detector = AbuseDetector.create(new AbuseConfig(Mode.ADVISE));
        List<Corpora.Example> olid = Corpora.olid(data, false);
        if (mode.equals("rules")) {
            rules(detector, olid);
            return;
        }
        if (mode.equals("b-ceiling")) {
            bCeiling(detector, olid);
            return;
        }
        if (mode.equals("model")) {
            model(detector, olid);
            return;
        }
        if (mode.equals("words")) {
            words(detector, olid, limit);
            return;
        }
        boolean german = mode.startsWith("de-");
        List<Corpora.Example> examples = german ? Corpora.germEval(data, Corpora.Split.TUNE) : olid;
        Language language = german ? Language.DE : Language.EN;
        int shown = 0;
        int count = 0;
        for (Corpora.Example e : examples) {
            AbuseVerdict v = detector.scan(e.text(), AuthorRole.CUSTOMER, language);
            boolean hit = switch (mode) {
                case "a-fn", "de-fn" -> e.offensive() && !v.offensive();
                case "a-fp", "de-fp" -> !e.offensive() && v.offensive();
                case "b-fn" -> e.offensive() && e.targeted() && !v.abusive();
                case "b-fp" -> e.offensive() && !e.targeted() && v.abusive();
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            };
            if (!hit) {
                continue;
            }
            count++;
            if (shown++ < limit) {
                System.out.printf(Locale.ROOT, "%s\t%.2f\t%s\t%s%n", e.key(), detector.modelProbability(e.text(), language),
                        rules(v.findings()), e.text());
            }
        }
        System.out.println(mode + ": " + count + " of " + examples.size());
    }

    private static String rules(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(out.length() == 0 ? "" : ",").append(f.rule()).append('/').append(f.category().name().toLowerCase(Locale.ROOT));
        }
        return out.length() == 0 ? "-" : out.toString();
    }

    /** Per rule: fired on OFF, on NOT; fired as abuse on TIN, on UNT. Sorted by the clean tweets it fires on. */
    private static void rules(AbuseDetector detector, List<Corpora.Example> olid) {
        Map<String, int[]> counts = new HashMap<>();
        for (Corpora.Example e : olid) {
            AbuseVerdict v = detector.scan(e.text(), AuthorRole.CUSTOMER, Language.EN);
            Set<String> seen = new HashSet<>();
            for (Finding f : v.findings()) {
                String rule = f.rule().startsWith("model:") ? "model" : f.rule();
                if (seen.add(rule)) {
                    int[] c = counts.computeIfAbsent(rule, k -> new int[4]);
                    c[e.offensive() ? 0 : 1]++;
                    if (f.category().isAbuse() && e.offensive()) {
                        c[e.targeted() ? 2 : 3]++;
                    }
                }
            }
        }
        counts.entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue()[1], x.getValue()[1]))
                .forEach(x -> System.out.printf(Locale.ROOT, "%-28s OFF %4d  NOT %4d  abuse TIN %4d UNT %4d%n", x.getKey(),
                        x.getValue()[0], x.getValue()[1], x.getValue()[2], x.getValue()[3]));
    }

    /**
     * How high subtask b could go with today's subtask-a recall: macro-F1 over all OFF tweets if every OFF tweet we flag
     * were called abusive, and if abusive matched TIN exactly on the flagged ones (an unflagged one counts as UNT).
     */
    private static void bCeiling(AbuseDetector detector, List<Corpora.Example> olid) {
        AbuseEvaluation.Confusion actual = new AbuseEvaluation.Confusion();
        AbuseEvaluation.Confusion allAbusive = new AbuseEvaluation.Confusion();
        AbuseEvaluation.Confusion oracle = new AbuseEvaluation.Confusion();
        AbuseEvaluation.Confusion perfectA = new AbuseEvaluation.Confusion();
        for (Corpora.Example e : olid) {
            if (!e.offensive()) {
                continue;
            }
            AbuseVerdict v = detector.scan(e.text(), AuthorRole.CUSTOMER, Language.EN);
            actual.add(v.abusive(), e.targeted());
            allAbusive.add(v.offensive(), e.targeted());
            oracle.add(v.offensive() && e.targeted(), e.targeted());
            perfectA.add(v.abusive() || !v.offensive() && e.targeted(), e.targeted());
        }
        System.out.printf(Locale.ROOT, "subtask b on the tuning half: as is %.3f; every flagged OFF tweet abusive %.3f;"
                + " abusive = TIN on flagged ones (oracle targeting) %.3f; as is but every missed TIN found %.3f%n",
                actual.macroF1(), allAbusive.macroF1(), oracle.macroF1(), perfectA.macroF1());
    }

    /** Words by how many missed offensive tweets contain them, with their counts among all offensive and clean tweets. */
    private static void words(AbuseDetector detector, List<Corpora.Example> olid, int limit) {
        Map<String, int[]> counts = new HashMap<>();   // missed OFF, all OFF, all NOT, flagged NOT
        for (Corpora.Example e : olid) {
            AbuseVerdict v = detector.scan(e.text(), AuthorRole.CUSTOMER, Language.EN);
            NormalizedText words = TextNormalizer.standard().normalize(e.text());
            Set<String> seen = new HashSet<>();
            for (int t = 0; t < words.size(); t++) {
                seen.add(words.word(t));
            }
            for (String w : seen) {
                int[] c = counts.computeIfAbsent(w, k -> new int[4]);
                c[0] += e.offensive() && !v.offensive() ? 1 : 0;
                c[1] += e.offensive() ? 1 : 0;
                c[2] += e.offensive() ? 0 : 1;
                c[3] += !e.offensive() && v.offensive() ? 1 : 0;
            }
        }
        counts.entrySet().stream()
                .filter(x -> x.getValue()[0] >= 3)
                .sorted((x, y) -> Double.compare(odds(y.getValue()), odds(x.getValue())))
                .limit(limit)
                .forEach(x -> System.out.printf(Locale.ROOT, "%-20s missed %4d  OFF %4d  NOT %4d  share %.2f%n", x.getKey(),
                        x.getValue()[0], x.getValue()[1], x.getValue()[2], odds(x.getValue())));
    }

    private static double odds(int[] c) {
        return (c[1] + 0.5) / (c[1] + c[2] + 1.0) * Math.min(1, c[0] / 5.0);
    }

    /** How much the model adds to the lexicon and rules, and whether it ranks what they miss (see docs/abuse.md). */
    private static void model(AbuseDetector detector, List<Corpora.Example> olid) {
        AbuseDetector rulesOnly = detector.withThresholds(1.01, 1.01);   // the model never fires
        int n = olid.size();
        boolean[] offensive = new boolean[n];
        boolean[] flagged = new boolean[n];
        double[] p = new double[n];
        AbuseEvaluation.Confusion alone = new AbuseEvaluation.Confusion();
        for (int i = 0; i < n; i++) {
            Corpora.Example e = olid.get(i);
            offensive[i] = e.offensive();
            flagged[i] = rulesOnly.scan(e.text(), AuthorRole.CUSTOMER, Language.EN).offensive();
            p[i] = detector.modelProbability(e.text(), Language.EN);
            alone.add(flagged[i], offensive[i]);
        }
        System.out.printf(Locale.ROOT, "lexicon and rules alone: precision %.3f recall %.3f subtask_a macro-F1 %.3f%n",
                alone.precision(), alone.recall(), alone.macroF1());
        System.out.printf(Locale.ROOT, "model ROC AUC: all tweets %.3f, tweets the lexicon leaves clean %.3f%n",
                auc(p, offensive, flagged, null), auc(p, offensive, flagged, false));
        double[] edges = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01};
        for (int b = 0; b + 1 < edges.length; b++) {
            int all = 0;
            int off = 0;
            for (int i = 0; i < n; i++) {
                if (!flagged[i] && p[i] >= edges[b] && p[i] < edges[b + 1]) {
                    all++;
                    off += offensive[i] ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "lexicon-clean, model probability [%.1f, %.1f): %5d tweets, offensive share %.3f%n",
                    edges[b], Math.min(1, edges[b + 1]), all, all == 0 ? 0 : (double) off / all);
        }
        for (double threshold = 0.30; threshold < 0.999; threshold += 0.05) {
            AbuseEvaluation.Confusion with = new AbuseEvaluation.Confusion();
            for (int i = 0; i < n; i++) {
                with.add(flagged[i] || p[i] >= threshold, offensive[i]);
            }
            System.out.printf(Locale.ROOT, "lexicon or model >= %.2f: subtask_a macro-F1 %.3f%n", threshold, with.macroF1());
        }
    }

    /** ROC AUC of {@code score} for {@code label} over the tweets whose {@code flagged} equals {@code only} (all if null). */
    static double auc(double[] score, boolean[] label, boolean[] flagged, Boolean only) {
        List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            if (only == null || flagged[i] == only) {
                order.add(i);
            }
        }
        order.sort((x, y) -> Double.compare(score[x], score[y]));
        double rankSum = 0;
        long positives = 0;
        for (int k = 0; k < order.size(); k++) {
            if (label[order.get(k)]) {
                positives++;
                rankSum += k + 1;
            }
        }
        long negatives = order.size() - positives;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
