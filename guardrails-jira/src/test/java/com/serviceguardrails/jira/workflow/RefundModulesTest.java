package com.serviceguardrails.jira.workflow;

import com.serviceguardrails.empowerment.Action;
import com.serviceguardrails.empowerment.Decision;
import com.serviceguardrails.empowerment.Money;
import com.serviceguardrails.empowerment.Window;
import com.serviceguardrails.guidance.AuditKind;
import com.serviceguardrails.jira.store.AoLedger;
import com.serviceguardrails.jira.store.LedgerEntryEntity;
import com.serviceguardrails.jira.testing.EmbeddedActiveObjects;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * The refund validator, condition and post-function fed transientVars as Jira does, deciding with the core's
 * policy over the Active Objects ledger on an embedded database.
 */
public class RefundModulesTest {
    private final WorkflowFixture jira = new WorkflowFixture();
    private EmbeddedActiveObjects ao;
    private AoLedger ledger;
    private RefundRules rules;

    @Before
    public void ledger() {
        ao = EmbeddedActiveObjects.freshDatabase();
        ao.migrate(LedgerEntryEntity.class);
        ledger = new AoLedger(ao.activeObjects(), jira.locks.service());
        rules = new RefundRules(jira.config, new RefundRequests(jira.customFields, jira.projectRoles, jira.groups),
                ledger, jira.authentication, WorkflowFixture.CLOCK);
        jira.configure("off", "enforce");
    }

    @After
    public void close() {
        ao.close();
    }

    private RefundLimitValidator validator() {
        return new RefundLimitValidator(rules, jira.i18n, jira.audit, WorkflowFixture.CLOCK);
    }

    private RefundApproverCondition condition() {
        return new RefundApproverCondition(rules, jira.audit, WorkflowFixture.CLOCK);
    }

    private RecordRefundFunction recorder() {
        return new RecordRefundFunction(rules, jira.audit, WorkflowFixture.CLOCK);
    }

    private Money agentToday() {
        return ledger.agentTotal("agent1", Action.REFUND, Currency.getInstance("EUR"),
                Window.dayOf(WorkflowFixture.CLOCK.instant(), ZoneOffset.UTC));
    }

    @Test
    public void aRefundWithinTheAgentsLimitPassesTheValidatorAndTheCondition() {
        jira.refund("40", "EUR");
        assertEquals(Optional.empty(), validator().refusal(jira.transientVars(null)));
        assertTrue(condition().passes(jira.transientVars(null)));
    }

    @Test
    public void overTheLimitTheValidatorExplainsWhoCanApproveAndTheConditionHidesTheTransition() {
        jira.refund("60", "EUR");
        String refusal = validator().refusal(jira.transientVars(null)).orElseThrow();
        assertTrue(refusal, refusal.contains("50.00 EUR") && refusal.contains("Team Lead"));
        assertFalse(condition().passes(jira.transientVars(null)));
        assertEquals(AuditKind.BLOCK, jira.audit.all().get(0).kind());

        jira.agentRoles("Team Lead");
        assertTrue("a Team Lead sees the transition", condition().passes(jira.transientVars(null)));
    }

    @Test
    public void anUnreadableAmountIsRefusedNamingTheField() {
        jira.refund("forty", "EUR");
        String refusal = validator().refusal(jira.transientVars(null)).orElseThrow();
        assertTrue(refusal, refusal.startsWith(RefundLimitValidator.INVALID_KEY) && refusal.contains("customfield_10201"));
        assertTrue("the condition leaves the explaining to the validator", condition().passes(jira.transientVars(null)));
    }

    @Test
    public void anIssueThatAsksForNothingIsNotChecked() {
        assertEquals(Optional.empty(), validator().refusal(jira.transientVars(null)));
        assertTrue(condition().passes(jira.transientVars(null)));
        assertEquals(Optional.empty(), recorder().record(jira.transientVars(null)));
    }

    @Test
    public void adviseModeNeverRefusesNorHides() {
        jira.configure("off", "advise");
        jira.refund("60", "EUR");
        assertEquals(Optional.empty(), validator().refusal(jira.transientVars(null)));
        assertTrue(condition().passes(jira.transientVars(null)));
    }

    @Test
    public void thePostFunctionRecordsTheApprovedAmountExactlyOnceHoweverOftenItRuns() {
        jira.refund("40.5", "EUR");
        Decision first = recorder().record(jira.transientVars(null)).orElseThrow();
        Decision again = recorder().record(jira.transientVars(null)).orElseThrow();

        assertTrue(first.isApproved());
        assertTrue(again.isApproved());
        assertEquals(Money.of("40.50", "EUR"), agentToday());
        assertEquals(1, jira.audit.all().stream().filter(e -> e.kind() == AuditKind.REFUND_APPROVED).count());
    }

    @Test
    public void aRecordedRefundCountsAgainstTheNextOne() {
        jira.refund("45", "EUR");
        recorder().record(jira.transientVars(null));
        jira.refund("45.01", "EUR");   // another request on the issue: 90.01 of the 100 EUR day
        recorder().record(jira.transientVars(null));
        jira.refund("10", "EUR");
        assertTrue(validator().refusal(jira.transientVars(null)).isPresent());
    }

    @Test
    public void aFailingJiraLetsEveryModuleThroughAndRecordsTheFailure() {
        jira.refund("60", "EUR");
        when(jira.customFields.getCustomFieldObject(anyString())).thenThrow(new IllegalStateException("db down"));

        assertEquals(Optional.empty(), validator().refusal(jira.transientVars(null)));
        assertTrue(condition().passes(jira.transientVars(null)));
        assertEquals(Optional.empty(), recorder().record(jira.transientVars(null)));
        assertEquals(3, jira.audit.all().stream().filter(e -> e.kind() == AuditKind.FAILURE).count());
    }
}
