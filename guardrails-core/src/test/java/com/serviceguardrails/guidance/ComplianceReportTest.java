package com.serviceguardrails.guidance;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.Assert.assertEquals;

public class ComplianceReportTest {

    private static final Instant MON = Instant.parse("2026-11-16T09:00:00Z");
    private static final Instant SUN = Instant.parse("2026-11-22T23:30:00Z");
    private static final Instant NEXT_MON = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    public void countsRepliesEscalationsAndRefundsPerAgentPerWeek() {
        List<AuditEntry> entries = List.of(
                AuditEntry.replyChecked(MON, "ann", "SD-1", true),
                AuditEntry.replyChecked(MON, "ann", "SD-2", true),
                AuditEntry.replyChecked(SUN, "ann", "SD-3", false),
                AuditEntry.replyChecked(MON, "bob", "SD-4", false),
                AuditEntry.of(MON, AuditKind.ESCALATION, "bob", "SD-4", "threat"),
                AuditEntry.of(MON, AuditKind.OVERRIDE, "bob", "SD-4", "customer asked for it"),
                AuditEntry.refundApproved(MON, "ann", "SD-1", new BigDecimal("45.00"), new BigDecimal("50.00"), "EUR"),
                AuditEntry.refundApproved(MON, "ann", "SD-2", new BigDecimal("120.00"), new BigDecimal("50.00"), "EUR"),
                AuditEntry.replyChecked(NEXT_MON, "ann", "SD-5", true));
        List<ComplianceRow> rows = ComplianceReport.aggregate(entries, ZoneOffset.UTC);
        LocalDate week = LocalDate.of(2026, 11, 16);
        assertEquals(List.of(
                new ComplianceRow("ann", week, 3, 2, 0, 2, 1),
                new ComplianceRow("bob", week, 1, 0, 1, 0, 0),
                new ComplianceRow("ann", week.plusWeeks(1), 1, 1, 0, 0, 0)), rows);
        assertEquals(67, rows.get(0).compliantPercent());
        assertEquals(0, rows.get(1).compliantPercent());
    }

    @Test
    public void weeksFollowTheGivenZone() {
        // Sunday 23:30 UTC is already Monday in Berlin.
        List<ComplianceRow> rows = ComplianceReport.aggregate(List.of(AuditEntry.replyChecked(SUN, "ann", "SD-3", true)), ZoneId.of("Europe/Berlin"));
        assertEquals(LocalDate.of(2026, 11, 23), rows.get(0).week());
    }

    @Test
    public void aWeekWithoutRepliesHasNoPercentage() {
        List<ComplianceRow> rows = ComplianceReport.aggregate(List.of(AuditEntry.of(MON, AuditKind.ESCALATION, "bob", "SD-9", "insult")), ZoneOffset.UTC);
        assertEquals(-1, rows.get(0).compliantPercent());
    }
}
