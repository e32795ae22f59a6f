package com.serviceguardrails.jira.store;

import com.serviceguardrails.guidance.EscalationOutcome;
import com.serviceguardrails.jira.testing.EmbeddedActiveObjects;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Escalation records on a real embedded database. */
public class AoEscalationRecordsTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private EmbeddedActiveObjects ao;
    private AoEscalationRecords records;

    @Before
    public void database() {
        ao = EmbeddedActiveObjects.freshDatabase();
        ao.migrate(EscalationRecordEntity.class);
        records = new AoEscalationRecords(ao.activeObjects());
    }

    @After
    public void close() {
        ao.close();
    }

    @Test
    public void aRecordedEscalationIsFoundByItsCommentWithEveryAction() {
        EscalationRecord record = new EscalationRecord("10101", "SD-4", "threat-to-agent",
                List.of("priority", "assignee", "watchers", "label", "internal-note", "webhook"), "Highest", "lead1", T0);
        records.record(record);

        assertEquals(List.of(record), records.forCommentAll("10101"));
        assertEquals(new EscalationOutcome("Highest", "lead1", T0), records.forComment("10101").orElseThrow());
        assertTrue(records.hasEscalated("10101"));
        assertFalse(records.hasEscalated("10102"));
        assertTrue(records.forComment("10102").isEmpty());
    }

    @Test
    public void theNewestEscalationOfACommentIsTheOutcome() {
        records.record(new EscalationRecord("1", "SD-4", "insult", List.of("label"), null, null, T0));
        records.record(new EscalationRecord("1", "SD-4", "threat", List.of("priority"), "High", null, T0.plusSeconds(60)));
        assertEquals("High", records.forComment("1").orElseThrow().raisedPriorityTo());
        assertEquals(2, records.forCommentAll("1").size());
    }

    @Test
    public void aPlanWithNoActionsStillRecordsTheRuleThatMatched() {
        records.record(new EscalationRecord("2", "SD-5", "advise-only", List.of(), null, null, T0));
        assertEquals(List.of(), records.forCommentAll("2").get(0).actions());
    }
}
