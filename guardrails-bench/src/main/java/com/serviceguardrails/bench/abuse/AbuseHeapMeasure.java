package com.serviceguardrails.bench.abuse;

import com.serviceguardrails.abuse.AbuseConfig;
import com.serviceguardrails.abuse.AbuseDetector;
import com.serviceguardrails.config.Mode;
import com.serviceguardrails.text.Language;
import org.openjdk.jol.info.GraphLayout;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the heap retained by a loaded detector (all four languages: lexicons, rules, models), walked with JOL:
 * <pre>
 * java -Djdk.attach.allowAttachSelf=true -cp guardrails-bench/target/benchmarks.jar com.serviceguardrails.bench.abuse.AbuseHeapMeasure [../shared]
 * </pre>
 * With the shared data folder it also judges every OLID tweet as each of the four languages and measures again, with
 * the word-score and fold caches full.
 * Target: under 64 MB. The shared normaliser (look-alike table and fold cache) is counted as well.
 */
public final class AbuseHeapMeasure {

    private AbuseHeapMeasure() {
    }

    public static void main(String[] args) throws IOException {
        AbuseDetector detector = AbuseDetector.create(new AbuseConfig(Mode.ADVISE));
        detector.scan("warm the fold cache: \u00e9\u00fc\u00df \u0456diot", null, null);
        print("retained heap of a loaded AbuseDetector", detector);
        if (args.length > 0) {
            // the word-score and fold caches fill as messages pass: measure them full, not estimated
            int lines = 0;
            for (String language : new String[] {"en", "de", "fr", "es"}) {
                try (BufferedReader in = Files.newBufferedReader(Path.of(args[0], "data/abuse/olid-train.tsv"), StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        int tab = line.indexOf('\t');
                        String text = tab < 0 ? line : line.substring(tab + 1);
                        detector.scan(text, null, Language.fromCode(language).orElseThrow());
                        lines++;
                    }
                }
            }
            print("after " + lines + " OLID tweets judged as each language (caches full)", detector);
        }
    }

    private static void print(String what, AbuseDetector detector) {
        GraphLayout layout = GraphLayout.parseInstance(detector, com.serviceguardrails.text.TextNormalizer.standard());
        System.out.printf(Locale.ROOT, "%s: %.1f MB (%d bytes, %d objects)%n", what,
                layout.totalSize() / 1048576.0, layout.totalSize(), layout.totalCount());
    }
}
