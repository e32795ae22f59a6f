package com.serviceguardrails.bench;

import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.empowerment.Action;
import com.serviceguardrails.empowerment.Decision;
import com.serviceguardrails.empowerment.EmpowermentPolicy;
import com.serviceguardrails.empowerment.EntryKey;
import com.serviceguardrails.empowerment.InMemoryLedger;
import com.serviceguardrails.empowerment.LedgerEntry;
import com.serviceguardrails.empowerment.LimitRequest;
import com.serviceguardrails.empowerment.Money;
import com.serviceguardrails.empowerment.RequestFacts;
import com.serviceguardrails.empowerment.Window;
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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One limit decision against a warm in-memory ledger of 100,000 entries (200 agents, 5,000 customers, 60 days of
 * refunds, seeded so every run sees the same ledger). Target: under 10 µs median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmpowermentBenchmark {

    static final int ENTRIES = 100_000;
    static final Instant NOW = Instant.parse("2026-11-16T15:00:00Z");

    private EmpowermentPolicy policy;
    private LimitRequest withinLimits;
    private LimitRequest overLimit;

    @Setup
    public void fillLedger() {
        InMemoryLedger ledger = new InMemoryLedger();
        Random random = new Random(42);
        for (int i = 0; i < ENTRIES; i++) {
            Instant at = NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
            ledger.load(new LedgerEntry(new EntryKey("SD-" + i, Action.REFUND, "r"), "agent-" + random.nextInt(200),
                    "customer-" + random.nextInt(5000),
                    new Money(BigDecimal.valueOf(100 + random.nextInt(2000), 2), Money.currency("EUR")), at, false));
        }
        policy = new EmpowermentPolicy(GuardrailsConfig.defaults().empowerment(), ledger);
        Set<String> roles = Set.of("Service Desk Team");
        // customers with history: one with room left (approved), one the request takes over the 100 EUR window limit
        String roomy = null;
        String nearlyFull = null;
        for (int c = 0; c < 5000; c++) {
            BigDecimal total = ledger.customerTotal("customer-" + c, Action.REFUND, Money.currency("EUR"),
                    Window.rollingDaysEndingAt(NOW, 30)).amount();
            if (roomy == null && total.signum() > 0 && total.compareTo(new BigDecimal("40")) < 0) {
                roomy = "customer-" + c;
            } else if (nearlyFull == null && total.compareTo(new BigDecimal("60")) > 0 && total.compareTo(new BigDecimal("95")) < 0) {
                nearlyFull = "customer-" + c;
            }
        }
        withinLimits = new LimitRequest("SD-NEW", "r1", "agent-7", roles, roomy, Action.REFUND,
                Money.of("0.50", "EUR"), RequestFacts.NONE, NOW);
        overLimit = new LimitRequest("SD-NEW", "r2", "agent-7", roles, nearlyFull, Action.REFUND,
                Money.of("49.99", "EUR"), RequestFacts.NONE, NOW.plusSeconds(1));
        if (!policy.preview(withinLimits).isApproved() || policy.decide(overLimit).isApproved()) {
            throw new IllegalStateException("the seeded ledger no longer gives the decisions this benchmark measures");
        }
    }

    /** The full decision (totals for the agent's day and the customer's 30 days, three roles) without recording. */
    @Benchmark
    public Decision previewWithinLimits() {
        return policy.preview(withinLimits);
    }

    /**
     * The atomic check-and-record path under the ledger's lock; the request passes the customer's window limit and
     * needs approval, so nothing is added and the ledger stays at 100,000 entries.
     */
    @Benchmark
    public Decision decideOverLimit() {
        return policy.decide(overLimit);
    }
}
