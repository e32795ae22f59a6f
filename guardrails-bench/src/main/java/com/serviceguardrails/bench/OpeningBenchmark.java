package com.serviceguardrails.bench;

import com.serviceguardrails.opening.OpeningCheck;
import com.serviceguardrails.opening.OpeningKind;
import com.serviceguardrails.opening.OpeningVerdict;
import com.serviceguardrails.opening.ReplyToCheck;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The apology-first check on a typical short reply, on 10 KB replies, and on replies whose first 10 KB / 100 KB are
 * quoted mail (the check must read past all of it: the linear worst case). Target: under 20 µs for a typical reply.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OpeningBenchmark {

    private static final String BODY_LINE = "We checked the order history, the courier scans and the warehouse log for your parcel today. ";

    private final OpeningCheck check = OpeningCheck.standard();
    private ReplyToCheck shortReply;
    private ReplyToCheck longReply10k;
    private ReplyToCheck quoted10k;
    private ReplyToCheck quoted100k;

    @Setup
    public void replies() {
        shortReply = ReplyToCheck.of("Hi Maria,\nI'm so sorry your order arrived damaged. A replacement is on its way today.\n\nBest regards,\nSam");
        longReply10k = ReplyToCheck.of("Hi Maria,\nWe apologise for the delay. " + repeat(BODY_LINE, 10_000));
        quoted10k = ReplyToCheck.of(repeat("> " + BODY_LINE + "\n", 10_000) + "Sorry about the wait, Maria.");
        quoted100k = ReplyToCheck.of(repeat("> " + BODY_LINE + "\n", 100_000) + "Sorry about the wait, Maria.");
        // measure the path we mean: every reply must really be read through to its apology
        for (ReplyToCheck reply : new ReplyToCheck[] {shortReply, longReply10k, quoted10k, quoted100k}) {
            if (check.check(reply).kind() != OpeningKind.APOLOGY) {
                throw new IllegalStateException("benchmark reply not judged an apology: " + check.check(reply).reason());
            }
        }
    }

    private static String repeat(String line, int chars) {
        StringBuilder out = new StringBuilder(chars + line.length());
        while (out.length() < chars) {
            out.append(line);
        }
        return out.toString();
    }

    @Benchmark
    public OpeningVerdict shortReply() {
        return check.check(shortReply);
    }

    @Benchmark
    public OpeningVerdict reply10KB() {
        return check.check(longReply10k);
    }

    @Benchmark
    public OpeningVerdict quoted10KB() {
        return check.check(quoted10k);
    }

    @Benchmark
    public OpeningVerdict quoted100KB() {
        return check.check(quoted100k);
    }
}
