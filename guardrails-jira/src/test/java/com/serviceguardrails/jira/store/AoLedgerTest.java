package com.serviceguardrails.jira.store;

import com.serviceguardrails.config.Mode;
import com.serviceguardrails.empowerment.Action;
import com.serviceguardrails.empowerment.Decision;
import com.serviceguardrails.empowerment.DecisionReason;
import com.serviceguardrails.empowerment.EmpowermentConfig;
import com.serviceguardrails.empowerment.EmpowermentPolicy;
import com.serviceguardrails.empowerment.EntryKey;
import com.serviceguardrails.empowerment.LimitRequest;
import com.serviceguardrails.empowerment.Money;
import com.serviceguardrails.empowerment.RequestFacts;
import com.serviceguardrails.empowerment.RequestFields;
import com.serviceguardrails.empowerment.Role;
import com.serviceguardrails.empowerment.RoleLimit;
import com.serviceguardrails.empowerment.Window;
import com.serviceguardrails.jira.testing.EmbeddedActiveObjects;
import com.serviceguardrails.jira.testing.LocalClusterLockService;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.Timeout;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The ledger on a real embedded database, through the core's policy: exactly-once per request, reversal, exact
 * window sums, and two Data Center "nodes" (two entity managers on one database, one shared cluster lock) racing.
 */
public class AoLedgerTest {
    private static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");
    /** Tier 1 may refund 50 EUR per refund and 50 EUR per day; a Team Lead 500 of each. */
    private static final EmpowermentConfig CONFIG = new EmpowermentConfig(Mode.ENFORCE, ZoneOffset.UTC, List.of(
            new Role("Tier 1", List.of(limit("50", "50"))),
            new Role("Team Lead", List.of(limit("500", "500")))), List.of(), RequestFields.DEFAULTS);

    /**
     * Bounds every test, its set-up and tear-down: without the cluster lock the racing nodes can block each other
     * in the database, and a regression must go red instead of hanging the build. Generous for a loaded CI machine.
     */
    @Rule
    public final Timeout bounded = Timeout.builder().withTimeout(2, TimeUnit.MINUTES).withLookingForStuckThread(true).build();

    private final LocalClusterLockService locks = new LocalClusterLockService();
    private EmbeddedActiveObjects node1;
    private EmbeddedActiveObjects node2;
    private AoLedger ledger;

    @Before
    public void database() {
        node1 = EmbeddedActiveObjects.freshDatabase();
        node1.migrate(LedgerEntryEntity.class);
        node2 = node1.otherNode();
        ledger = new AoLedger(node1.activeObjects(), locks.service());
    }

    @After
    public void close() {
        node2.close();
        node1.close();
    }

    @Test
    public void anApprovedRefundIsRecordedExactlyAndCountsInTheAgentsDay() {
        Decision decision = policy(ledger).decide(refund("SD-1", "r1", "30.5", "agent1", "cust1"));

        assertTrue(decision.toString(), decision.isApproved());
        assertEquals(Money.of("30.50", "EUR"), ledger.agentTotal("agent1", Action.REFUND, EUR, Window.dayOf(MONDAY, ZoneOffset.UTC)));
        assertEquals(Money.of("30.50", "EUR"), ledger.customerTotal("cust1", Action.REFUND, EUR, Window.dayOf(MONDAY, ZoneOffset.UTC)));
        assertEquals("agent1", ledger.find(new EntryKey("SD-1", Action.REFUND, "r1")).orElseThrow().agent());
        assertEquals(1, locks.acquisitions(AoLedger.LOCK_NAME));
    }

    @Test
    public void theSameRequestDecidedAgainIsAnsweredFromTheLedgerAndNeverCountsTwice() {
        policy(ledger).decide(refund("SD-1", "r1", "30", "agent1", "cust1"));
        Decision again = policy(ledger).decide(refund("SD-1", "r1", "30", "agent1", "cust1"));

        assertEquals(DecisionReason.ALREADY_RECORDED, again.reason());
        assertEquals(Money.of("30", "EUR"), ledger.agentTotal("agent1", Action.REFUND, EUR, Window.dayOf(MONDAY, ZoneOffset.UTC)));
    }

    @Test
    public void aRefundOverTheDailyLimitIsNotRecorded() {
        policy(ledger).decide(refund("SD-1", "r1", "40", "agent1", "cust1"));
        Decision over = policy(ledger).decide(refund("SD-2", "r2", "20", "agent1", "cust2"));

        assertFalse(over.isApproved());
        assertTrue(ledger.find(new EntryKey("SD-2", Action.REFUND, "r2")).isEmpty());
        assertEquals(Money.of("40", "EUR"), ledger.agentTotal("agent1", Action.REFUND, EUR, Window.dayOf(MONDAY, ZoneOffset.UTC)));
    }

    @Test
    public void aReversedEntryCountsInNoTotalAndReversingTwiceChangesNothing() {
        policy(ledger).decide(refund("SD-1", "r1", "40", "agent1", "cust1"));
        EntryKey key = new EntryKey("SD-1", Action.REFUND, "r1");

        assertTrue(ledger.reverse(key));
        assertFalse(ledger.reverse(key));
        assertFalse(ledger.reverse(new EntryKey("SD-9", Action.REFUND, "nope")));
        assertTrue(ledger.find(key).orElseThrow().reversed());
        assertTrue(ledger.agentTotal("agent1", Action.REFUND, EUR, Window.dayOf(MONDAY, ZoneOffset.UTC)).isZero());
        assertEquals(DecisionReason.ALREADY_CANCELLED, policy(ledger).decide(refund("SD-1", "r1", "40", "agent1", "cust1")).reason());
    }

    @Test
    public void windowsAreHalfOpenAndOtherActionsAndCurrenciesDoNotMix() {
        policy(ledger).decide(refund("SD-1", "r1", "10", "agent1", "cust1"));
        policy(ledger).decide(new LimitRequest("SD-2", "r2", "agent1", Set.of("Team Lead"), "cust1", Action.REFUND,
                Money.of("7", "EUR"), RequestFacts.NONE, MONDAY.plusSeconds(86_400)));

        Window monday = Window.dayOf(MONDAY, ZoneOffset.UTC);
        assertEquals(Money.of("10", "EUR"), ledger.agentTotal("agent1", Action.REFUND, EUR, monday));
        assertTrue(ledger.agentTotal("agent1", Action.CREDIT, EUR, monday).isZero());
        assertTrue(ledger.agentTotal("agent1", Action.REFUND, Currency.getInstance("USD"), monday).isZero());
        assertTrue(ledger.agentTotal("agent1", Action.REFUND, EUR, new Window(MONDAY.plusNanos(1), MONDAY.plusSeconds(60))).isZero());
        assertEquals(Money.of("17", "EUR"), ledger.customerTotal("cust1", Action.REFUND, EUR, Window.rollingDaysEndingAt(MONDAY.plusSeconds(86_400), 30)));
    }

    @Test
    public void twoNodesRacingNeverApproveMoreThanTheDailyLimit() throws Exception {
        AoLedger ledger2 = new AoLedger(node2.activeObjects(), locks.otherNode().service());
        List<Callable<Decision>> tasks = new ArrayList<>();
        int attempts = 12;
        CyclicBarrier start = new CyclicBarrier(attempts);
        for (int i = 0; i < attempts; i++) {
            AoLedger node = i % 2 == 0 ? ledger : ledger2;
            LimitRequest request = refund("SD-" + i, "r" + i, "10", "agent1", "cust" + i);
            tasks.add(() -> {
                start.await(10, TimeUnit.SECONDS);
                return policy(node).decide(request);
            });
        }
        List<Decision> decisions = runAll(tasks);

        long approved = decisions.stream().filter(Decision::isApproved).count();
        assertEquals("five 10 EUR refunds fit a 50 EUR day", 5, approved);
        assertEquals(Money.of("50", "EUR"), ledger2.agentTotal("agent1", Action.REFUND, EUR, Window.dayOf(MONDAY, ZoneOffset.UTC)));
    }

    @Test
    public void twoNodesRecordingTheSameRequestAtOnceRecordItOnce() throws Exception {
        AoLedger ledger2 = new AoLedger(node2.activeObjects(), locks.otherNode().service());
        List<Callable<Decision>> tasks = new ArrayList<>();
        int attempts = 8;
        CyclicBarrier start = new CyclicBarrier(attempts);
        for (int i = 0; i < attempts; i++) {
            AoLedger node = i % 2 == 0 ? ledger : ledger2;
            tasks.add(() -> {
                start.await(10, TimeUnit.SECONDS);
                return policy(node).decide(refund("SD-1", "double-click", "20", "agent1", "cust1"));
            });
        }
        List<Decision> decisions = runAll(tasks);

        assertEquals(1, decisions.stream().filter(d -> d.reason() != DecisionReason.ALREADY_RECORDED).count());
        assertEquals(Money.of("20", "EUR"), ledger.agentTotal("agent1", Action.REFUND, EUR, Window.dayOf(MONDAY, ZoneOffset.UTC)));
    }

    @Test
    public void theEntryKeyDigestSeparatesItsParts() {
        assertFalse(AoLedger.digest(new EntryKey("SD-1", Action.REFUND, "1/2"))
                .equals(AoLedger.digest(new EntryKey("SD-1", Action.REFUND, "12"))));
        assertEquals(64, AoLedger.digest(new EntryKey("SD-1", Action.REFUND, "x".repeat(255))).length());
        assertEquals(Optional.empty(), ledger.find(new EntryKey("SD-1", Action.CREDIT, "r1")));
    }

    private static List<Decision> runAll(List<Callable<Decision>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Decision> decisions = new ArrayList<>();
            for (Future<Decision> future : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                decisions.add(future.get());
            }
            return decisions;
        } finally {
            pool.shutdownNow();
        }
    }

    private static EmpowermentPolicy policy(AoLedger ledger) {
        return new EmpowermentPolicy(CONFIG, ledger);
    }

    private static LimitRequest refund(String issue, String requestId, String amount, String agent, String customer) {
        return new LimitRequest(issue, requestId, agent, Set.of("Tier 1"), customer, Action.REFUND,
                Money.of(amount, "EUR"), RequestFacts.NONE, MONDAY);
    }

    private static RoleLimit limit(String perTransaction, String perDay) {
        return new RoleLimit(Action.REFUND, EUR, Optional.of(Money.of(perTransaction, "EUR")),
                Optional.of(Money.of(perDay, "EUR")), Optional.empty(), RoleLimit.DEFAULT_CUSTOMER_WINDOW_DAYS);
    }
}
