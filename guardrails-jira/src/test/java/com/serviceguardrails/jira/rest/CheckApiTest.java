package com.serviceguardrails.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.guidance.AuditKind;
import com.serviceguardrails.guidance.OpeningJudgement;
import com.serviceguardrails.guidance.ReplyGuard;
import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static com.serviceguardrails.jira.rest.ApiTesting.XSRF;
import static com.serviceguardrails.jira.rest.ApiTesting.body;
import static com.serviceguardrails.jira.rest.ApiTesting.expect;
import static com.serviceguardrails.jira.rest.ApiTesting.firstErrorPath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class CheckApiTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();

    static GuardrailsConfig enforced() throws Exception {
        return ConfigCodec.parse("{\"version\":1,\"opening\":{\"mode\":\"enforce\"},\"abuse\":{\"mode\":\"advise\"},"
                + "\"empowerment\":{\"mode\":\"off\"},\"escalation\":{\"mode\":\"off\"}}");
    }

    static ReplyGuard sorryFirstGuard() {
        return new ReplyGuard(
                (reply, language) -> new OpeningJudgement(reply.startsWith("Sorry"), reply.startsWith("Sorry") ? null : "no_apology", null, "Sorry about the trouble."),
                reply -> AbuseVerdict.clean(Language.EN));
    }

    private CheckApi api(String caller) throws Exception {
        GuardrailsConfig config = enforced();
        return new CheckApi(new FakeAccess(caller), sorryFirstGuard(), () -> config, audit, CLOCK);
    }

    @Test
    public void aNonCompliantReplyIsBlockedAndTheBlockRecorded() throws Exception {
        JsonNode answer = expect(200, api("agent").check(XSRF, body("{\"text\":\"Your order ships today.\",\"issueKey\":\"SD-1\"}")));
        assertEquals("block", answer.path("action").asText());
        assertEquals("Sorry about the trouble.", answer.path("opening").path("suggestedOpener").asText());
        assertEquals(AuditKind.BLOCK, audit.all().get(0).kind());
        assertEquals("SD-1", audit.all().get(0).issueKey());
        assertEquals("opening: no_apology", audit.all().get(0).detail());
    }

    @Test
    public void anInternalNoteIsAllowedUnchecked() throws Exception {
        JsonNode answer = expect(200, api("agent").check(XSRF, body("{\"text\":\"Your order ships today.\",\"internal\":true}")));
        assertEquals("allow", answer.path("action").asText());
        assertTrue(audit.all().isEmpty());
    }

    @Test
    public void onlyLoggedInAgentsMayCheck() throws Exception {
        expect(401, api(null).check(XSRF, body("{\"text\":\"x\"}")));
        expect(403, api("customer").check(XSRF, body("{\"text\":\"x\"}")));
    }

    @Test
    public void writesWithoutTheXsrfHeaderAreRefused() throws Exception {
        expect(403, api("agent").check(null, body("{\"text\":\"x\"}")));
        expect(403, api("agent").override("nocheck", body("{\"issueKey\":\"SD-1\",\"reason\":\"r\"}")));
        assertTrue(audit.all().isEmpty());
    }

    @Test
    public void badBodiesGetErrorsByField() throws Exception {
        assertEquals("text", firstErrorPath(expect(400, api("agent").check(XSRF, body("{\"internal\":false}")))));
        assertEquals("internal", firstErrorPath(expect(400, api("agent").check(XSRF, body("{\"text\":\"x\",\"internal\":\"no\"}")))));
        JsonNode notJson = expect(400, api("agent").check(XSRF, body("{\"text\": ")));
        assertTrue(notJson.toString(), notJson.path("errors").path(0).path("message").asText().startsWith("not valid JSON: line 1"));
        expect(400, api("agent").check(XSRF, body("[1]")));
        expect(400, api("agent").check(XSRF, body("{\"text\":\"a\",\"text\":\"b\"}")));
    }

    @Test
    public void oversizedBodiesAreRefusedUnread() throws Exception {
        String huge = "{\"text\":\"" + "a".repeat(CheckApi.MAX_CHECK_BYTES) + "\"}";
        expect(413, api("agent").check(XSRF, body(huge)));
    }

    @Test
    public void anOverrideIsRecordedWithItsReason() throws Exception {
        expect(200, api("agent").override(XSRF, body("{\"issueKey\":\"SD-2\",\"reason\":\"  Customer asked for a one-word answer \"}")));
        assertEquals(AuditKind.OVERRIDE, audit.all().get(0).kind());
        assertEquals("agent", audit.all().get(0).user());
        assertEquals("Customer asked for a one-word answer", audit.all().get(0).detail());
    }

    @Test
    public void anOverrideNeedsAReasonOfSensibleLength() throws Exception {
        assertEquals("reason", firstErrorPath(expect(400, api("agent").override(XSRF, body("{\"issueKey\":\"SD-2\",\"reason\":\"  \"}")))));
        assertEquals("reason", firstErrorPath(expect(400, api("agent").override(XSRF,
                body("{\"issueKey\":\"SD-2\",\"reason\":\"" + "r".repeat(CheckApi.MAX_REASON_CHARS + 1) + "\"}")))));
        assertTrue(audit.all().isEmpty());
    }
}
