package com.serviceguardrails.empowerment;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import static com.serviceguardrails.empowerment.Fixtures.MONDAY;
import static com.serviceguardrails.empowerment.Fixtures.refund;
import static com.serviceguardrails.empowerment.Fixtures.request;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class EmpowermentPolicyTest {

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final EmpowermentPolicy policy = new EmpowermentPolicy(Fixtures.config(), ledger);

    // --- role tiers -------------------------------------------------------------------------------------------

    @Test
    public void aTier1AgentRefundsWithinTheLimitAndSeesWhatRemains() {
        Decision decision = policy.decide(refund("30", "ann", "carl", MONDAY, "Tier 1"));
        assertEquals(Outcome.APPROVED, decision.outcome());
        assertEquals(Optional.of("Tier 1"), decision.rule());
        assertEquals(Optional.of(Money.of("70", "EUR")), decision.remainingAgentToday());
        assertEquals(Optional.of(Money.of("120", "EUR")), decision.remainingCustomer());
        assertEquals("Approved: a refund of 30.00 EUR is within your Tier 1 limits; left for you today: 70.00 EUR;"
                + " left for this customer over 30 days: 120.00 EUR.", decision.explanation());
    }

    @Test
    public void overTheTier1PerTransactionLimitGoesToTheLowestRoleThatMayApprove() {
        Decision decision = policy.decide(refund("80", "ann", "carl", MONDAY, "Tier 1"));
        assertEquals(Outcome.NEEDS_APPROVAL, decision.outcome());
        assertEquals(DecisionReason.OVER_TRANSACTION_LIMIT, decision.reason());
        assertEquals(Optional.of("Team Lead"), decision.approverRole());
        assertEquals("Needs approval by Team Lead: a refund of 80.00 EUR is over your per-transaction limit of 50.00 EUR.",
                decision.explanation());
        assertEquals(Money.of("0", "EUR"), ledger.agentTotal("ann", Action.REFUND, Money.currency("EUR"),
                Window.dayOf(MONDAY, Fixtures.config().timeZone())));
    }

    @Test
    public void aLeadApprovesWhatTier1MayNotAndAManagerWhatALeadMayNot() {
        assertEquals(Outcome.APPROVED, policy.decide(refund("180", "lea", "carl", MONDAY, "Team Lead")).outcome());
        Decision big = policy.decide(refund("700", "lea", "dora", MONDAY, "Team Lead"));
        assertEquals(Optional.of("Manager"), big.approverRole());
        assertEquals(Outcome.APPROVED, policy.decide(refund("700", "max", "dora", MONDAY, "Manager")).outcome());
    }

    @Test
    public void theMostGenerousOfSeveralRolesWins() {
        Decision decision = policy.decide(refund("150", "ann", "carl", MONDAY, "Tier 1", "Team Lead"));
        assertEquals(Outcome.APPROVED, decision.outcome());
        assertEquals(Optional.of("Team Lead"), decision.rule());
    }

    @Test
    public void beyondEveryRoleIsDeniedAndAnActionWithoutAnyRuleIsDenied() {
        Decision tooBig = policy.decide(refund("5000", "ann", "carl", MONDAY, "Tier 1"));
        assertEquals(Outcome.DENIED, tooBig.outcome());
        assertEquals(DecisionReason.OVER_EVERY_LIMIT, tooBig.reason());
        Decision credit = policy.decide(request(Action.CREDIT, "5", "EUR", "ann", "carl", MONDAY, RequestFacts.NONE, "Tier 1"));
        assertEquals(DecisionReason.NO_RULE, credit.reason());
        assertEquals("Denied: no role may give a credit in EUR.", credit.explanation());
    }

    @Test
    public void anAgentWithoutAnyConfiguredRoleIsSentToTheLowestRole() {
        Decision decision = policy.decide(refund("5", "sam", "carl", MONDAY, "Some Jira Group"));
        assertEquals(DecisionReason.NO_LIMIT_FOR_AGENT_ROLES, decision.reason());
        assertEquals(Optional.of("Tier 1"), decision.approverRole());
    }

    // --- currencies -------------------------------------------------------------------------------------------

    @Test
    public void aRuleAppliesToItsOwnCurrencyOnlyThereIsNoConversion() {
        Decision usd = policy.decide(request(Action.REFUND, "5", "USD", "ann", "carl", MONDAY, RequestFacts.NONE, "Tier 1"));
        assertEquals(Outcome.DENIED, usd.outcome());
        assertEquals("Denied: no role may give a refund in USD.", usd.explanation());
    }

    // --- running totals across days and windows ---------------------------------------------------------------

    @Test
    public void twoRefundsThatEachFitCannotTogetherPassTheDailyLimit() {
        assertEquals(Outcome.APPROVED, policy.decide(refund("45", "ann", "c1", MONDAY, "Tier 1")).outcome());
        assertEquals(Outcome.APPROVED, policy.decide(refund("45", "ann", "c2", MONDAY, "Tier 1")).outcome());
        Decision third = policy.decide(refund("45", "ann", "c3", MONDAY.plusSeconds(60), "Tier 1"));
        assertEquals(DecisionReason.OVER_AGENT_DAILY_LIMIT, third.reason());
        assertEquals(Optional.of(Money.of("135", "EUR")), third.totalWithRequest());
        assertEquals("Needs approval by Team Lead: this refund would bring your total today to 135.00 EUR, over your"
                + " daily limit of 100.00 EUR.", third.explanation());
        assertEquals(Outcome.APPROVED, policy.decide(refund("10", "ann", "c3", MONDAY, "Tier 1")).outcome());
    }

    @Test
    public void theAgentsDayEndsAtMidnightInTheConfiguredTimeZone() {
        Instant lateMonday = Instant.parse("2026-11-16T22:30:00Z"); // 23:30 in Berlin
        Instant earlyTuesday = Instant.parse("2026-11-16T23:30:00Z"); // 00:30 in Berlin, still Monday in UTC
        policy.decide(refund("50", "ann", "c1", MONDAY, "Tier 1"));
        policy.decide(refund("50", "ann", "c2", lateMonday, "Tier 1"));
        assertEquals(DecisionReason.OVER_AGENT_DAILY_LIMIT, policy.decide(refund("1", "ann", "c3", lateMonday, "Tier 1")).reason());
        Decision tuesday = policy.decide(refund("50", "ann", "c3", earlyTuesday, "Tier 1"));
        assertEquals(Outcome.APPROVED, tuesday.outcome());
        assertEquals(Optional.of(Money.of("50", "EUR")), tuesday.remainingAgentToday());
    }

    @Test
    public void theCustomersTotalCountsEveryAgentOverTheRollingWindow() {
        policy.decide(refund("50", "ann", "carl", MONDAY, "Tier 1"));
        policy.decide(refund("50", "bob", "carl", MONDAY.plus(Duration.ofDays(10)), "Tier 1"));
        policy.decide(refund("50", "cyd", "carl", MONDAY.plus(Duration.ofDays(20)), "Tier 1"));
        Decision day29 = policy.decide(refund("1", "dan", "carl", MONDAY.plus(Duration.ofDays(29)), "Tier 1"));
        assertEquals(DecisionReason.OVER_CUSTOMER_LIMIT, day29.reason());
        assertEquals(Optional.of(Money.of("151", "EUR")), day29.totalWithRequest());
        assertEquals(Optional.of("Team Lead"), day29.approverRole());
        Decision day31 = policy.decide(refund("50", "dan", "carl", MONDAY.plus(Duration.ofDays(31)), "Tier 1"));
        assertEquals("the first refund left the 30-day window", Outcome.APPROVED, day31.outcome());
        assertEquals(Optional.of(Money.of("0", "EUR")), day31.remainingCustomer());
    }

    // --- pre-approval rules -----------------------------------------------------------------------------------

    @Test
    public void aDefectiveItemBoughtLessThanAWeekAgoIsAlwaysExchanged() {
        RequestFacts defective = new RequestFacts(null, 6, "Defective", null);
        Decision decision = policy.decide(request(Action.EXCHANGE, "899", "EUR", "newbie", "carl", MONDAY, defective));
        assertEquals(DecisionReason.PRE_APPROVED, decision.reason());
        assertEquals(Optional.of("defective-exchange"), decision.rule());
        assertEquals("Approved: the pre-approval rule \"defective-exchange\" covers this exchange of 899.00 EUR,"
                + " whatever your role.", decision.explanation());
    }

    @Test
    public void preApprovalNeedsEveryConditionAndKnownFacts() {
        RequestFacts old = new RequestFacts(null, 8, "defective", null);
        RequestFacts unknownAge = new RequestFacts(null, null, "defective", null);
        assertEquals(Outcome.DENIED, policy.decide(request(Action.EXCHANGE, "20", "EUR", "a", "c", MONDAY, old)).outcome());
        assertEquals(Outcome.DENIED, policy.decide(request(Action.EXCHANGE, "20", "EUR", "a", "c", MONDAY, unknownAge)).outcome());
    }

    @Test
    public void lateDeliveryRefundsUpToTenEurosAreApprovedForAnyoneAndCountInTheTotals() {
        RequestFacts late = new RequestFacts("late_delivery", null, null, null);
        assertEquals(DecisionReason.PRE_APPROVED,
                policy.decide(request(Action.REFUND, "10", "EUR", "ann", "carl", MONDAY, late, "Tier 1")).reason());
        assertEquals(DecisionReason.WITHIN_ROLE_LIMITS,
                policy.decide(request(Action.REFUND, "10.01", "EUR", "ann", "carl", MONDAY, late, "Tier 1")).reason());
        assertEquals(Money.of("20.01", "EUR"), ledger.agentTotal("ann", Action.REFUND, Money.currency("EUR"),
                Window.dayOf(MONDAY, Fixtures.config().timeZone())));
    }

    // --- exactly once, cancellation ---------------------------------------------------------------------------

    @Test
    public void decidingTheSameRequestAgainNeverCountsItTwice() {
        LimitRequest first = refund("40", "ann", "carl", MONDAY, "Tier 1");
        assertEquals(DecisionReason.WITHIN_ROLE_LIMITS, policy.decide(first).reason());
        Decision again = policy.decide(first);
        assertEquals(DecisionReason.ALREADY_RECORDED, again.reason());
        assertTrue(again.isApproved());
        assertEquals(1, ledger.size());
        assertEquals(Optional.of(Money.of("60", "EUR")),
                policy.decide(refund("0", "ann", "carl", MONDAY, "Tier 1")).remainingAgentToday());
    }

    @Test
    public void aCancelledRefundStopsCountingAndItsRequestCannotBeReused() {
        LimitRequest first = refund("50", "ann", "carl", MONDAY, "Tier 1");
        policy.decide(first);
        policy.decide(refund("50", "ann", "dora", MONDAY, "Tier 1"));
        assertEquals(DecisionReason.OVER_AGENT_DAILY_LIMIT, policy.preview(refund("50", "ann", "eve", MONDAY, "Tier 1")).reason());
        Cancellation cancelled = policy.cancel(first.key());
        assertTrue(cancelled.reversed());
        assertEquals("Cancelled: the refund of " + first.issueKey() + " (request " + first.requestId()
                + ") no longer counts in any running total.", cancelled.explanation(Locale.ENGLISH));
        assertFalse("cancelling twice changes nothing", policy.cancel(first.key()).reversed());
        assertEquals(Outcome.APPROVED, policy.decide(refund("50", "ann", "eve", MONDAY, "Tier 1")).outcome());
        assertEquals(DecisionReason.ALREADY_CANCELLED, policy.decide(first).reason());
    }

    @Test
    public void onlyEnforceBlocksAndNeverAnApproval() {
        Decision over = policy.preview(refund("80", "ann", "carl", MONDAY, "Tier 1"));
        Decision within = policy.preview(refund("8", "ann", "carl", MONDAY, "Tier 1"));
        EmpowermentConfig c = Fixtures.config();
        EmpowermentConfig enforce = new EmpowermentConfig(com.serviceguardrails.config.Mode.ENFORCE, c.timeZone(), c.roles(),
                c.preApprovals(), c.requestFields());
        assertTrue(enforce.blocks(over));
        assertFalse(enforce.blocks(within));
        assertFalse("the fixture is advise", c.blocks(over));
        assertTrue("workflow rules may refuse in enforce", enforce.refuses());
        assertFalse("advise never refuses", c.refuses());
    }

    @Test
    public void previewRecordsNothing() {
        LimitRequest request = refund("40", "ann", "carl", MONDAY, "Tier 1");
        assertEquals(Outcome.APPROVED, policy.preview(request).outcome());
        assertEquals(0, ledger.size());
    }

    // --- the agent's authority, for the panel ------------------------------------------------------------------

    @Test
    public void authorityShowsTheMostGenerousRoleAndWhatIsLeftToday() {
        policy.decide(refund("30", "ann", "carl", MONDAY, "Tier 1"));
        assertEquals(java.util.List.of(new Authority(Action.REFUND, "Team Lead", Optional.of(Money.of("200", "EUR")),
                        Optional.of(Money.of("470", "EUR")))),
                policy.authority("ann", java.util.Set.of("Tier 1", "Team Lead"), MONDAY));
        policy.decide(refund("50", "ann", "dora", MONDAY, "Tier 1"));
        policy.decide(refund("20", "ann", "eve", MONDAY, "Tier 1"));
        assertTrue(policy.authority("ann", java.util.Set.of("Tier 1"), MONDAY).get(0).exhausted());
        assertTrue(policy.authority("ann", java.util.Set.of("Nobody"), MONDAY).isEmpty());
    }

    // --- every decision explains itself in the agent's language ------------------------------------------------

    @Test
    public void everyReasonHasASentenceInEveryLanguage() {
        Decision decision = policy.decide(refund("80", "ann", "carl", MONDAY, "Tier 1"));
        assertEquals("Freigabe durch Team Lead nötig: Erstattung über 80.00 EUR liegt über Ihrer Grenze pro Vorgang von 50.00 EUR.",
                decision.explanation(Locale.GERMAN));
        for (DecisionReason reason : DecisionReason.values()) {
            Decision d = new Decision(reason, Action.REFUND, Money.of("1", "EUR"), Optional.of("Tier 1"),
                    Optional.of("Team Lead"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    30, Optional.of(MONDAY));
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, new Locale("es")}) {
                String sentence = d.explanation(locale);
                assertFalse(reason + " " + locale + ": " + sentence, sentence.contains("{") || sentence.isBlank());
            }
        }
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, new Locale("es")}) {
            for (boolean reversed : new boolean[] {true, false}) {
                String sentence = new Cancellation(new EntryKey("SD-1", Action.CREDIT, "r1"), reversed).explanation(locale);
                assertTrue(locale + ": " + sentence, sentence.contains("SD-1") && sentence.contains("r1") && !sentence.contains("{"));
            }
        }
        assertTrue(decision.explanation(Locale.FRENCH).startsWith("Approbation requise par Team Lead"));
        assertTrue(decision.explanation(Locale.JAPANESE).startsWith("Needs approval"));
    }
}
