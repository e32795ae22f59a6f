package com.serviceguardrails.jira.store;

import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditFilter;
import com.serviceguardrails.guidance.AuditKind;
import com.serviceguardrails.jira.testing.EmbeddedActiveObjects;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The audit log on a real embedded database. */
public class AoAuditLogTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private EmbeddedActiveObjects ao;
    private AoAuditLog log;

    @Before
    public void database() {
        ao = EmbeddedActiveObjects.freshDatabase();
        ao.migrate(AuditRecordEntity.class);
        log = new AoAuditLog(ao.activeObjects());
    }

    @After
    public void close() {
        ao.close();
    }

    @Test
    public void aRecordComesBackExactlyAsWritten() {
        AuditEntry refund = AuditEntry.refundApproved(T0, "agent1", "SD-7", new BigDecimal("49.90"),
                new BigDecimal("50.00"), "EUR");
        log.record(refund);
        List<AuditEntry> found = log.find(AuditFilter.all(), 10);
        assertEquals(List.of(refund), found);
        assertFalse(found.get(0).aboveAgentLimit());
    }

    @Test
    public void findFiltersByKindUserIssueAndHalfOpenWindowNewestFirst() {
        log.record(AuditEntry.replyChecked(T0, "agent1", "SD-1", true));
        log.record(AuditEntry.of(T0.plusSeconds(1), AuditKind.BLOCK, "agent1", "SD-1", "opening"));
        log.record(AuditEntry.of(T0.plusSeconds(2), AuditKind.OVERRIDE, "agent1", "SD-1", "customer asked for it"));
        log.record(AuditEntry.of(T0.plusSeconds(3), AuditKind.OVERRIDE, "agent2", "SD-2", "reason"));

        List<AuditEntry> overrides = log.find(new AuditFilter(Set.of(AuditKind.OVERRIDE, AuditKind.BLOCK), "agent1",
                "sd-1", null, null), 10);
        assertEquals(2, overrides.size());
        assertEquals(AuditKind.OVERRIDE, overrides.get(0).kind());
        assertEquals("customer asked for it", overrides.get(0).detail());
        assertEquals(AuditKind.BLOCK, overrides.get(1).kind());

        List<AuditEntry> window = log.find(new AuditFilter(Set.of(), null, null, T0.plusSeconds(1), T0.plusSeconds(3)), 10);
        assertEquals(2, window.size());
        assertEquals(T0.plusSeconds(2), window.get(0).at());
        assertEquals(T0.plusSeconds(1), window.get(1).at());
    }

    @Test
    public void aWindowBoundInsideAMillisecondSplitsExactlyAsTheInstantsDo() {
        log.record(AuditEntry.of(T0, AuditKind.FAILURE, "agent1", "SD-1", "x"));
        assertTrue(log.find(new AuditFilter(Set.of(), null, null, T0.plusNanos(1), null), 10).isEmpty());
        assertEquals(1, log.find(new AuditFilter(Set.of(), null, null, null, T0.plusNanos(1)), 10).size());
    }

    @Test
    public void theLimitIsHonouredAndCapped() {
        for (int i = 0; i < 5; i++) {
            log.record(AuditEntry.replyChecked(T0.plusSeconds(i), "agent1", "SD-1", i % 2 == 0));
        }
        List<AuditEntry> two = log.find(AuditFilter.all(), 2);
        assertEquals(2, two.size());
        assertEquals(T0.plusSeconds(4), two.get(0).at());
        assertTrue(log.find(AuditFilter.all(), 0).isEmpty());
    }

    @Test
    public void aLongDetailIsCutNotRefused() {
        String reason = "r".repeat(AoAuditLog.MAX_DETAIL_CHARS + 10);
        log.record(AuditEntry.of(T0, AuditKind.OVERRIDE, "agent1", "SD-1", reason));
        AuditEntry stored = log.find(AuditFilter.all(), 1).get(0);
        assertEquals(AoAuditLog.MAX_DETAIL_CHARS, stored.detail().length());
        assertNull(stored.amount());
    }
}
