package com.serviceguardrails.empowerment;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The {@link Ledger} contract as executable specification. Every implementation extends this class and supplies a
 * fresh, empty ledger; the core runs it against {@link InMemoryLedger}, the plugin against its database ledger
 * (the core's test-jar ships this class).
 */
public abstract class LedgerContractTest {

    protected static final Instant NOON = Instant.parse("2026-11-16T12:00:00Z");
    protected static final Window TODAY = Window.dayOf(NOON, ZoneOffset.UTC);

    /** A new, empty ledger. */
    protected abstract Ledger newLedger();

    /** Threads racing in {@link #concurrentChecksNeverOverspendByACent()}; a database ledger may use fewer. */
    protected int racingThreads() {
        return 1000;
    }

    @Test
    public void recordsExactlyWhatItsCheckApproves() {
        Ledger ledger = newLedger();
        ledger.checkAndRecord(entry("SD-1", "r1", "ann", "carl", "10.00", NOON), approve());
        ledger.checkAndRecord(entry("SD-2", "r1", "ann", "carl", "99.00", NOON), refuse());
        assertEquals(eur("10.00"), ledger.agentTotal("ann", Action.REFUND, eur("0").currency(), TODAY));
        assertTrue(ledger.find(new EntryKey("SD-1", Action.REFUND, "r1")).isPresent());
        assertFalse(ledger.find(new EntryKey("SD-2", Action.REFUND, "r1")).isPresent());
    }

    @Test
    public void aKeyIsRecordedOnceAndTheCheckIsToldAboutTheFirst() {
        Ledger ledger = newLedger();
        LedgerEntry first = entry("SD-1", "r1", "ann", "carl", "10.00", NOON);
        ledger.checkAndRecord(first, approve());
        AtomicReference<Optional<LedgerEntry>> seen = new AtomicReference<>();
        ledger.checkAndRecord(entry("SD-1", "r1", "ann", "carl", "30.00", NOON), (totals, existing) -> {
            seen.set(existing);
            return approval(eur("30.00"));
        });
        assertEquals(Optional.of(first), seen.get());
        assertEquals(eur("10.00"), ledger.customerTotal("carl", Action.REFUND, eur("0").currency(), TODAY));
    }

    @Test
    public void reversalStopsCountingIsIdempotentAndKeepsTheKeyTaken() {
        Ledger ledger = newLedger();
        LedgerEntry entry = entry("SD-1", "r1", "ann", "carl", "10.00", NOON);
        ledger.checkAndRecord(entry, approve());
        assertTrue(ledger.reverse(entry.key()));
        assertFalse(ledger.reverse(entry.key()));
        assertFalse(ledger.reverse(new EntryKey("SD-404", Action.REFUND, "r1")));
        assertEquals(eur("0"), ledger.agentTotal("ann", Action.REFUND, eur("0").currency(), TODAY));
        assertTrue(ledger.find(entry.key()).orElseThrow().reversed());
        ledger.checkAndRecord(entry, approve());
        assertEquals("a reversed key is not recorded again", eur("0"),
                ledger.agentTotal("ann", Action.REFUND, eur("0").currency(), TODAY));
    }

    @Test
    public void totalsSumHalfOpenWindowsForOnePartyActionAndCurrency() {
        Ledger ledger = newLedger();
        ledger.checkAndRecord(entry("SD-1", "a", "ann", "carl", "1.00", TODAY.from()), approve());
        ledger.checkAndRecord(entry("SD-2", "a", "ann", "carl", "2.00", TODAY.to().minusMillis(1)), approve());
        ledger.checkAndRecord(entry("SD-3", "a", "ann", "carl", "4.00", TODAY.to()), approve()); // tomorrow
        ledger.checkAndRecord(entry("SD-4", "a", "bob", "carl", "8.00", NOON), approve());
        ledger.checkAndRecord(new LedgerEntry(new EntryKey("SD-5", Action.CREDIT, "a"), "ann", "carl", eur("16.00"), NOON, false), approve());
        ledger.checkAndRecord(new LedgerEntry(new EntryKey("SD-6", Action.REFUND, "a"), "ann", "carl",
                Money.of("32.00", "USD"), NOON, false), approve());
        assertEquals(eur("3.00"), ledger.agentTotal("ann", Action.REFUND, eur("0").currency(), TODAY));
        assertEquals(eur("11.00"), ledger.customerTotal("carl", Action.REFUND, eur("0").currency(), TODAY));
        assertEquals(eur("15.00"), ledger.customerTotal("carl", Action.REFUND, eur("0").currency(),
                new Window(TODAY.from(), TODAY.to().plus(Duration.ofDays(1)))));
    }

    @Test
    public void aCheckThatFailsRecordsNothing() {
        Ledger ledger = newLedger();
        try {
            ledger.checkAndRecord(entry("SD-1", "r1", "ann", "carl", "10.00", NOON), (totals, existing) -> {
                throw new IllegalStateException("check failed");
            });
            fail("the check's failure must reach the caller");
        } catch (IllegalStateException expected) {
            assertFalse(ledger.find(new EntryKey("SD-1", Action.REFUND, "r1")).isPresent());
        }
    }

    @Test
    public void concurrentChecksNeverOverspendByACent() throws Exception {
        Ledger ledger = newLedger();
        Money limit = eur("100.00");
        int threads = racingThreads();
        Race.run(threads, i -> {
            LedgerEntry entry = entry("SD-" + i, "r", "ann", "customer-" + i,
                    BigDecimal.valueOf(7 + (i * 7919L) % 993, 2).toPlainString(), NOON.plusMillis(i));
            ledger.checkAndRecord(entry, (totals, existing) -> {
                Money after = totals.agentTotal(TODAY).plus(entry.amount());
                Thread.yield(); // a real check takes time: widen the window a non-atomic ledger would lose
                return after.exceeds(limit) ? refusal(entry.amount()) : approval(entry.amount());
            });
        });
        Money total = ledger.agentTotal("ann", Action.REFUND, limit.currency(), TODAY);
        assertFalse("overspent: " + total, total.exceeds(limit));
        assertTrue("the limit was used: " + total, total.exceeds(eur("99.00")) || threads < 200);
    }

    protected static LedgerEntry entry(String issue, String requestId, String agent, String customer, String euros, Instant at) {
        return new LedgerEntry(new EntryKey(issue, Action.REFUND, requestId), agent, customer, eur(euros), at, false);
    }

    protected static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static LimitCheck approve() {
        return (totals, existing) -> approval(eur("0"));
    }

    private static LimitCheck refuse() {
        return (totals, existing) -> refusal(eur("0"));
    }

    private static Decision approval(Money amount) {
        return decision(DecisionReason.WITHIN_ROLE_LIMITS, amount);
    }

    private static Decision refusal(Money amount) {
        return decision(DecisionReason.OVER_AGENT_DAILY_LIMIT, amount);
    }

    private static Decision decision(DecisionReason reason, Money amount) {
        return new Decision(reason, Action.REFUND, amount, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0, Optional.empty());
    }
}
