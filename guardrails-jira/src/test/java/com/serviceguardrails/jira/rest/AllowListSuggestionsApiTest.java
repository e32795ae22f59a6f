package com.serviceguardrails.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditKind;
import org.junit.Test;

import java.time.Instant;
import java.util.List;

import static com.serviceguardrails.jira.rest.ApiTesting.XSRF;
import static com.serviceguardrails.jira.rest.ApiTesting.body;
import static com.serviceguardrails.jira.rest.ApiTesting.expect;
import static com.serviceguardrails.jira.rest.ApiTesting.firstErrorPath;
import static org.junit.Assert.assertEquals;

public class AllowListSuggestionsApiTest {

    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private GuardrailsConfig config = GuardrailsConfig.defaults();

    private AllowListSuggestionsApi api(String caller) {
        return new AllowListSuggestionsApi(new FakeAccess(caller), audit, () -> config, CheckApiTest.CLOCK);
    }

    private void leadReports(String issue, String terms) {
        expect(200, new AuditApi(new FakeAccess("lead"), audit, CheckApiTest.CLOCK)
                .falsePositive(XSRF, body("{\"issueKey\":\"" + issue + "\",\"commentId\":\"10200\",\"terms\":\"" + terms + "\"}")));
    }

    private static List<String> terms(JsonNode answer) {
        List<String> out = new java.util.ArrayList<>();
        answer.path("suggestions").forEach(s -> out.add(s.path("language").asText() + ":" + s.path("term").asText()));
        return out;
    }

    @Test
    public void showsWhatLeadsReportedWithWhoWhenWhereAndTheRule() {
        leadReports("SD-9", "en:scunthorpe (en:cunt), de:mist (de:mist)");
        audit.record(AuditEntry.of(Instant.parse("2026-11-01T00:00:00Z"), AuditKind.OVERRIDE, "ann", "SD-1", "comment 1: en:idiot"));
        JsonNode answer = expect(200, api("admin").list());
        assertEquals(List.of("de:mist", "en:scunthorpe"), terms(answer));
        JsonNode en = answer.path("suggestions").path(1);
        assertEquals("en:cunt", en.path("rule").asText());
        assertEquals("lead", en.path("reportedBy").asText());
        assertEquals("Lena Lead", en.path("reportedByName").asText());
        assertEquals("SD-9", en.path("issueKey").asText());
        assertEquals(CheckApiTest.CLOCK.instant().toString(), en.path("reportedAt").asText());
        assertEquals(1, en.path("reports").asInt());
    }

    @Test
    public void wordsOnTheAllowListInForceAndDismissedOnesAreNotShown() throws Exception {
        leadReports("SD-9", "en:scunthorpe (en:cunt), en:cocktail (en:cock), de:mist (de:mist)");
        com.fasterxml.jackson.databind.node.ObjectNode tree = ConfigCodec.toTree(GuardrailsConfig.defaults());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("abuse")).putObject("allow").putArray("en").add("Scunthorpe");
        config = ConfigCodec.parse(tree.toString());
        expect(200, api("admin").dismiss(XSRF, body("{\"language\":\"de\",\"term\":\"Mist\"}")));
        assertEquals(List.of("en:cocktail"), terms(expect(200, api("admin").list())));
        AuditEntry dismissal = audit.all().stream().filter(e -> e.kind() == AuditKind.SUGGESTION_DISMISSED).findFirst().orElseThrow();
        assertEquals("admin", dismissal.user());
        assertEquals("de:Mist", dismissal.detail());
    }

    @Test
    public void aDismissalNamesWhatIsWrongWithIt() {
        assertEquals("language", firstErrorPath(expect(400, api("admin").dismiss(XSRF, body("{\"language\":\"xx\",\"term\":\"mist\"}")))));
        assertEquals("language", firstErrorPath(expect(400, api("admin").dismiss(XSRF, body("{\"term\":\"mist\"}")))));
        assertEquals("term", firstErrorPath(expect(400, api("admin").dismiss(XSRF, body("{\"language\":\"de\",\"term\":\"a\\nb\"}")))));
        assertEquals("term", firstErrorPath(expect(400, api("admin").dismiss(XSRF, body("{\"language\":\"de\",\"term\":7}")))));
        expect(413, api("admin").dismiss(XSRF, body("{\"language\":\"de\",\"term\":\"" + "x".repeat(AllowListSuggestionsApi.MAX_DISMISS_BYTES) + "\"}")));
        expect(400, api("admin").dismiss(XSRF, body("[]")));
        assertEquals(0, audit.all().stream().filter(e -> e.kind() == AuditKind.SUGGESTION_DISMISSED).count());
    }

    @Test
    public void onlyAdminsMayReadOrDismissAndTheWriteNeedsTheXsrfHeader() {
        expect(403, api("lead").list());
        expect(403, api("agent").list());
        expect(401, api(null).list());
        expect(403, api("lead").dismiss(XSRF, body("{\"language\":\"de\",\"term\":\"mist\"}")));
        expect(403, api("admin").dismiss(null, body("{\"language\":\"de\",\"term\":\"mist\"}")));
        expect(403, api("admin").dismiss("nocheck", body("{\"language\":\"de\",\"term\":\"mist\"}")));
        assertEquals(0, audit.all().stream().filter(e -> e.kind() == AuditKind.SUGGESTION_DISMISSED).count());
    }
}
