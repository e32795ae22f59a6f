package com.serviceguardrails.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditKind;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static com.serviceguardrails.jira.rest.ApiTesting.XSRF;
import static com.serviceguardrails.jira.rest.ApiTesting.body;
import static com.serviceguardrails.jira.rest.ApiTesting.expect;
import static com.serviceguardrails.jira.rest.ApiTesting.firstErrorPath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class AuditApiTest {

    private final InMemoryAuditLog audit = new InMemoryAuditLog();

    @Before
    public void someHistory() {
        audit.record(AuditEntry.of(Instant.parse("2026-11-16T09:00:00Z"), AuditKind.BLOCK, "ann", "SD-1", "opening: no_apology"));
        audit.record(AuditEntry.of(Instant.parse("2026-11-16T09:01:00Z"), AuditKind.OVERRIDE, "ann", "SD-1", "=cmd|' /C calc'!A0"));
        audit.record(AuditEntry.replyChecked(Instant.parse("2026-11-17T09:00:00Z"), "ann", "SD-1", true));
        audit.record(AuditEntry.replyChecked(Instant.parse("2026-11-18T09:00:00Z"), "ann", "SD-2", false));
        audit.record(AuditEntry.of(Instant.parse("2026-11-18T10:00:00Z"), AuditKind.ESCALATION, "bob", "SD-3", "threat"));
        audit.record(AuditEntry.refundApproved(Instant.parse("2026-11-25T10:00:00Z"), "bob", "SD-4", new BigDecimal("80.00"), new BigDecimal("50.00"), "EUR"));
    }

    private AuditApi api(String caller) {
        return new AuditApi(new FakeAccess(caller), audit, CheckApiTest.CLOCK);
    }

    @Test
    public void listsNewestFirstFilteredByKindUserAndDates() {
        JsonNode entries = expect(200, api("admin").list(List.of("block", "override"), "ann", null, "2026-11-16", "2026-11-16", null)).path("entries");
        assertEquals(2, entries.size());
        assertEquals("override", entries.path(0).path("kind").asText());
        assertEquals("block", entries.path(1).path("kind").asText());
        assertEquals(0, expect(200, api("admin").list(List.of(), null, null, "2026-11-26", null, null)).path("entries").size());
        assertEquals(1, expect(200, api("lead").list(List.of(), null, "sd-3", null, null, null)).path("entries").size());
    }

    @Test
    public void badParametersAreNamed() {
        assertEquals("kind", firstErrorPath(expect(400, api("admin").list(List.of("coffee"), null, null, null, null, null))));
        assertEquals("from", firstErrorPath(expect(400, api("admin").list(List.of(), null, null, "yesterday", null, null))));
        assertEquals("limit", firstErrorPath(expect(400, api("admin").list(List.of(), null, null, null, null, "0"))));
        assertEquals("zone", firstErrorPath(expect(400, api("admin").report(null, null, "Mars/Olympus"))));
    }

    @Test
    public void csvExportDisarmsFormulasInFreeText() {
        ApiResponse csv = expect200(api("admin").csv(List.of("override"), null, null, null, null, null));
        assertEquals("text/csv", csv.mediaType());
        assertEquals(String.join(",", AuditApi.CSV_HEADER) + "\r\n"
                + "2026-11-16T09:01:00Z,override,ann,SD-1,'=cmd|' /C calc'!A0,,,,\r\n", csv.body());
    }

    @Test
    public void reportHasOneRowPerAgentPerWeek() {
        JsonNode rows = expect(200, api("lead").report(null, null, "UTC")).path("rows");
        assertEquals(3, rows.size());
        assertEquals("ann", rows.path(0).path("agent").asText());
        assertEquals("2026-11-16", rows.path(0).path("week").asText());
        assertEquals(2, rows.path(0).path("publicReplies").asInt());
        assertEquals(50, rows.path(0).path("compliantPercent").asInt());
        assertEquals("bob", rows.path(1).path("agent").asText());
        assertTrue(rows.path(1).path("compliantPercent").isNull());
        assertEquals(1, rows.path(2).path("refundsAboveLimit").asInt());
    }

    @Test
    public void onlyAdminsAndLeadsMayRead() {
        expect(403, api("agent").list(List.of(), null, null, null, null, null));
        expect(403, api("agent").csv(List.of(), null, null, null, null, null));
        expect(403, api("agent").report(null, null, null));
        expect(401, api(null).report(null, null, null));
    }

    @Test
    public void aLeadsFalsePositiveReportIsRecordedWithTheSuggestedTerms() {
        expect(200, api("lead").falsePositive(XSRF, body("{\"issueKey\":\"SD-9\",\"commentId\":\"10200\",\"terms\":\"en:scunthorpe (en:cunt), zz:nope\"}")));
        AuditEntry entry = audit.find(new com.serviceguardrails.guidance.AuditFilter(java.util.Set.of(AuditKind.FALSE_POSITIVE), null, null, null, null), 10).get(0);
        assertEquals("lead", entry.user());
        assertEquals("comment 10200: en:scunthorpe (en:cunt)", entry.detail());
        expect(403, api("agent").falsePositive(XSRF, body("{\"issueKey\":\"SD-9\",\"commentId\":\"1\"}")));
        expect(403, api("lead").falsePositive(null, body("{\"issueKey\":\"SD-9\",\"commentId\":\"1\"}")));
        assertEquals("commentId", firstErrorPath(expect(400, api("lead").falsePositive(XSRF, body("{\"issueKey\":\"SD-9\"}")))));
    }

    private static ApiResponse expect200(ApiResponse response) {
        assertEquals(String.valueOf(response.body()), 200, response.status());
        return response;
    }
}
