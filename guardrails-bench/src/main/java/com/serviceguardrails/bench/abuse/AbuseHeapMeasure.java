package com.serviceguardrails.bench.abuse;

import com.serviceguardrails.abuse.AbuseConfig;
import com.serviceguardrails.abuse.AbuseDetector;
import com.serviceguardrails.config.Mode;
import org.openjdk.jol.info.GraphLayout;

import java.util.Locale;

/**
 * Prints the heap retained by a loaded detector (all four languages: lexicons, rules, models), walked with JOL:
 * <pre>
 * java -Djdk.attach.allowAttachSelf=true -cp guardrails-bench/target/benchmarks.jar com.serviceguardrails.bench.abuse.AbuseHeapMeasure
 * </pre>
 * Target: under 64 MB. The shared normaliser (look-alike table and fold cache) is counted as well.
 */
public final class AbuseHeapMeasure {

    private AbuseHeapMeasure() {
    }

    public static void main(String[] args) {
        AbuseDetector detector = AbuseDetector.create(new AbuseConfig(Mode.ADVISE));
        detector.scan("warm the fold cache: \u00e9\u00fc\u00df \u0456diot", null, null);
        GraphLayout layout = GraphLayout.parseInstance(detector, com.serviceguardrails.text.TextNormalizer.standard());
        System.out.printf(Locale.ROOT, "retained heap of a loaded AbuseDetector: %.1f MB (%d bytes, %d objects)%n",
                layout.totalSize() / 1048576.0, layout.totalSize(), layout.totalCount());
    }
}
