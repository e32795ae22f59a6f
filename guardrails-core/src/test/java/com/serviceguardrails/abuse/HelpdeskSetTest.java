package com.serviceguardrails.abuse;

import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The helpdesk set ({@code helpdesk-set.tsv}, written for this project, 4 languages, every case of issue 3):
 * precision and recall of {@code abusive} must stay high. The blind set ({@code helpdesk-blind2.tsv}, committed before the
 * detector ever ran on it and never tuned on) has floors only, and its misses are not printed: reading them would be tuning.
 * The full figures are printed by {@code AbuseEvaluation}.
 */
public class HelpdeskSetTest {

    private record Row(Language language, AuthorRole author, boolean abusive, String kind, String text) {
    }

    private static List<Row> rows() throws IOException {
        return rows("helpdesk-set.tsv");
    }

    private static List<Row> rows(String file) throws IOException {
        try (InputStream in = HelpdeskSetTest.class.getResourceAsStream(file)) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 5);
                rows.add(new Row(Language.fromCode(cols[0]).orElseThrow(), AuthorRole.valueOf(cols[1].toUpperCase(Locale.ROOT)),
                        cols[2].equals("1"), cols[3], cols[4].replace("\\n", "\n")));
            }
            return rows;
        }
    }

    @Test
    public void coversEveryLanguageAndCaseWithAtLeast300Messages() throws IOException {
        List<Row> rows = rows();
        assertTrue(rows.size() >= 300);
        Set<Language> languages = EnumSet.noneOf(Language.class);
        rows.forEach(r -> languages.add(r.language()));
        assertEquals(EnumSet.allOf(Language.class), languages);
        for (String kind : List.of("insult", "threat", "doxxing", "sexual", "slur", "belittling", "disguised", "product",
                "lawful", "quoted", "innocent", "negation", "self", "mentions", "polite")) {
            assertTrue(kind, rows.stream().anyMatch(r -> r.kind().equals(kind)));
        }
    }

    /** True and false positives and false negatives of {@code abusive}; {@code misses} collects the wrong rows if given. */
    private record Counts(int tp, int fp, int fn) {
        static Counts of(List<Row> rows, List<String> misses) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Row row : rows) {
                boolean got = AbuseDetectorTest.DETECTOR.judge(row.text(), row.author(), null).abusive();
                tp += got && row.abusive() ? 1 : 0;
                fp += got && !row.abusive() ? 1 : 0;
                fn += !got && row.abusive() ? 1 : 0;
                if (got != row.abusive() && misses != null) {
                    misses.add(row.language().code() + " " + row.kind() + ": " + row.text());
                }
            }
            return new Counts(tp, fp, fn);
        }

        double precision() {
            return (double) tp / (tp + fp);
        }

        double recall() {
            return (double) tp / (tp + fn);
        }
    }

    @Test
    public void theBlindSetKeepsHighPrecisionAndFairRecall() throws IOException {
        List<Row> rows = rows("helpdesk-blind2.tsv");
        assertTrue(rows.size() >= 100);
        Counts counts = Counts.of(rows, null);
        // floors a few points under the measured 0.936 / 0.688 (docs/abuse.md): a guard against regressions, not a target
        assertTrue("blind precision " + counts.precision(), counts.precision() >= 0.90);
        assertTrue("blind recall " + counts.recall(), counts.recall() >= 0.65);
    }

    @Test
    public void abusiveHasHighPrecisionAndRecall() throws IOException {
        List<String> misses = new ArrayList<>();
        Counts counts = Counts.of(rows(), misses);
        assertTrue("precision " + counts.precision() + " " + misses, counts.precision() >= 0.95);
        assertTrue("recall " + counts.recall() + " " + misses, counts.recall() >= 0.95);
    }
}
