package com.serviceguardrails.opening;

import com.serviceguardrails.text.DataFiles;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertTrue;

/**
 * Measures the check on {@code labelled-replies.tsv} (223 helpdesk replies of our own writing, en/de/fr/es, every
 * kind and the hard cases), prints accuracy and the confusion matrix, and fails below the thresholds.
 *
 * <p>Thresholds: the five-way accuracy must stay at or above {@value #MIN_ACCURACY} and the compliant/not-compliant
 * decision (the one that blocks in enforce mode) at or above {@value #MIN_COMPLIANCE_ACCURACY}, on the whole set and
 * on the held-out third. They sit a few points under what the check measures today (docs/opening.md), so a phrase
 * file edit that breaks a language or a kind fails the build, while one honest new miss does not.
 */
public class OpeningAccuracyTest {

    static final double MIN_ACCURACY = 0.85;
    static final double MIN_COMPLIANCE_ACCURACY = 0.90;

    record Labelled(boolean holdout, OpeningKind expected, String language, String text) {
    }

    static List<Labelled> corpus() {
        List<Labelled> out = new ArrayList<>();
        for (String line : DataFiles.lines(OpeningAccuracyTest.class, "labelled-replies.tsv")) {
            String[] f = line.split("\t", 4);
            out.add(new Labelled(f[0].equals("holdout"), OpeningKind.valueOf(f[1].toUpperCase(Locale.ROOT)), f[2], f[3].replace("\\n", "\n")));
        }
        return out;
    }

    @Test
    public void accuracyOnTheLabelledRepliesIsAboveTheThreshold() {
        OpeningCheck check = OpeningCheck.standard();
        List<Labelled> corpus = corpus();
        int kinds = OpeningKind.values().length;
        int[][] confusion = new int[kinds][kinds];
        int[] right = new int[2];
        int[] total = new int[2];
        int[] complianceRight = new int[2];
        int languageRight = 0;
        StringBuilder misses = new StringBuilder();
        for (Labelled l : corpus) {
            OpeningVerdict v = check.check(ReplyToCheck.of(l.text()));
            int set = l.holdout() ? 1 : 0;
            confusion[l.expected().ordinal()][v.kind().ordinal()]++;
            total[set]++;
            if (v.kind() == l.expected()) {
                right[set]++;
            } else if (!l.holdout() || Boolean.getBoolean("opening.showHoldout")) {
                misses.append(String.format(Locale.ROOT, "  %-15s → %-15s %s  [%s]%n", l.expected().jsonName(), v.kind().jsonName(),
                        l.text().replace("\n", "\\n"), v.reason()));
            }
            if (v.compliant() == l.expected().compliant()) {
                complianceRight[set]++;
            }
            if (v.language().code().equals(l.language())) {
                languageRight++;
            }
        }
        int n = corpus.size();
        double accuracy = (right[0] + right[1]) / (double) n;
        double holdoutAccuracy = right[1] / (double) total[1];
        double compliance = (complianceRight[0] + complianceRight[1]) / (double) n;
        double holdoutCompliance = complianceRight[1] / (double) total[1];
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Opening check on %d labelled replies: accuracy %.3f (dev %.3f, holdout %.3f on %d); "
                        + "compliant/not %.3f (holdout %.3f); language %.3f%n",
                n, accuracy, right[0] / (double) total[0], holdoutAccuracy, total[1], compliance, holdoutCompliance, languageRight / (double) n));
        report.append(String.format(Locale.ROOT, "%-16s", "expected\\got"));
        for (OpeningKind k : OpeningKind.values()) {
            report.append(String.format(Locale.ROOT, "%16s", k.jsonName()));
        }
        report.append('\n');
        for (OpeningKind e : OpeningKind.values()) {
            report.append(String.format(Locale.ROOT, "%-16s", e.jsonName()));
            for (OpeningKind g : OpeningKind.values()) {
                report.append(String.format(Locale.ROOT, "%16d", confusion[e.ordinal()][g.ordinal()]));
            }
            report.append('\n');
        }
        report.append("Misses (dev set):\n").append(misses);
        System.out.println(report);
        assertTrue(report.toString(), n >= 150);
        assertTrue(report.toString(), accuracy >= MIN_ACCURACY && holdoutAccuracy >= MIN_ACCURACY);
        assertTrue(report.toString(), compliance >= MIN_COMPLIANCE_ACCURACY && holdoutCompliance >= MIN_COMPLIANCE_ACCURACY);
    }
}
