package com.serviceguardrails.empowerment;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static com.serviceguardrails.empowerment.Fixtures.MONDAY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The ledger contract under contention: check and record are one step, and a key counts once. */
public class InMemoryLedgerConcurrencyTest {

    private static final int THREADS = 1000;

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final EmpowermentPolicy policy = new EmpowermentPolicy(Fixtures.config(), ledger);

    @Test
    public void aThousandConcurrentRefundsNeverOverspendOneAgentsDailyLimitByACent() throws Exception {
        AtomicReference<BigDecimal> approved = new AtomicReference<>(BigDecimal.ZERO);
        Race.run(THREADS, i -> {
            // 0.07 .. 49.99 EUR, each for a different customer so only the agent's 100.00 EUR day limit binds
            String amount = BigDecimal.valueOf(7 + (i * 7919L) % 4993, 2).toPlainString();
            LimitRequest request = new LimitRequest("SD-" + i, "r" + i, "ann", Set.of("Tier 1"), "customer-" + i,
                    Action.REFUND, Money.of(amount, "EUR"), null, MONDAY.plusMillis(i));
            Decision decision = policy.decide(request);
            if (decision.isApproved()) {
                approved.accumulateAndGet(request.amount().amount(), BigDecimal::add);
            }
        });
        Money total = ledger.agentTotal("ann", Action.REFUND, Money.currency("EUR"), Window.dayOf(MONDAY, Fixtures.config().timeZone()));
        assertTrue("approved " + total, total.amount().compareTo(new BigDecimal("100.00")) <= 0);
        assertEquals("every approval recorded, nothing else", approved.get(), total.amount());
        assertTrue("the limit was actually used, not refused wholesale", total.amount().compareTo(new BigDecimal("99.00")) > 0);
    }

    @Test
    public void aThousandConcurrentRetriesOfOneRequestRecordItOnce() throws Exception {
        LimitRequest request = Fixtures.refund("12.34", "ann", "carl", MONDAY, "Tier 1");
        AtomicInteger firstTime = new AtomicInteger();
        Race.run(THREADS, i -> {
            if (policy.decide(request).reason() == DecisionReason.WITHIN_ROLE_LIMITS) {
                firstTime.incrementAndGet();
            }
        });
        assertEquals(1, firstTime.get());
        assertEquals(1, ledger.size());
        assertEquals(Money.of("12.34", "EUR"), ledger.customerTotal("carl", Action.REFUND, Money.currency("EUR"),
                Window.rollingDaysEndingAt(MONDAY, 30)));
    }
}
