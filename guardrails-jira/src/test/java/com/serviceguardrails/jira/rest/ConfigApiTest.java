package com.serviceguardrails.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceguardrails.jira.settings.GuardrailsSettingsStore;
import com.serviceguardrails.jira.testing.InMemoryPluginSettings;
import com.serviceguardrails.jira.testing.LocalClusterLockService;
import org.junit.Test;

import static com.serviceguardrails.jira.rest.ApiTesting.XSRF;
import static com.serviceguardrails.jira.rest.ApiTesting.body;
import static com.serviceguardrails.jira.rest.ApiTesting.expect;
import static com.serviceguardrails.jira.rest.ApiTesting.firstErrorPath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class ConfigApiTest {

    private static final String ENFORCE = "{\"version\":1,\"opening\":{\"mode\":\"enforce\"},\"abuse\":{\"mode\":\"advise\"},"
            + "\"empowerment\":{\"mode\":\"advise\"},\"escalation\":{\"mode\":\"advise\"}}";

    private final GuardrailsSettingsStore store = new GuardrailsSettingsStore(new InMemoryPluginSettings().factory(),
            new LocalClusterLockService().service());

    private ConfigApi api(String caller) {
        return new ConfigApi(new FakeAccess(caller), store, LABELS);
    }

    /** A bundle that knows two labels; SAL gives the key back for the others. */
    static final com.atlassian.sal.api.message.I18nResolver LABELS = new com.atlassian.sal.api.message.I18nResolver() {
        @Override
        public String getText(String key, java.io.Serializable... arguments) {
            return getText(key);
        }

        @Override
        public String getText(String key) {
            return switch (key) {
                case "service-guardrails.choice.situations.delay" -> "Delay";
                case "service-guardrails.choice.modes.enforce" -> "Enforce <b>";
                default -> key;
            };
        }
    };

    @Test
    public void choicesComeWithTheirLabelsInTheCallersLanguageAndUnknownLabelsAreLeftOut() {
        JsonNode answer = expect(200, api("admin").get());
        assertTrue(answer.path("choices").path("situations").toString().contains("\"delay\""));
        assertEquals("Delay", answer.path("labels").path("situations").path("delay").asText());
        assertEquals("Enforce <b>", answer.path("labels").path("modes").path("enforce").asText());
        assertTrue("no label: shown as spelled", answer.path("labels").path("situations").path("billing").isMissingNode());
        assertEquals(answer.path("choices").size(), answer.path("labels").size());
    }

    @Test
    public void beforeAnySaveTheBundledDefaultIsShown() {
        JsonNode answer = expect(200, api("admin").get());
        assertEquals(0, answer.path("id").asLong());
        assertEquals("advise", answer.path("config").path("opening").path("mode").asText());
    }

    @Test
    public void aValidDocumentIsSavedAndPutInForce() {
        JsonNode saved = expect(200, api("admin").put(XSRF, body(ENFORCE)));
        assertEquals(1, saved.path("id").asLong());
        assertEquals("admin", saved.path("savedBy").asText());
        assertEquals("enforce", expect(200, api("admin").get()).path("config").path("opening").path("mode").asText());
    }

    @Test
    public void theNewestSaveIsTheConfigurationInForce() {
        api("admin").put(XSRF, body(ENFORCE.replace("\"enforce\"", "\"off\"")));
        api("admin").put(XSRF, body(ENFORCE));
        assertEquals("enforce", store.current().opening().mode().jsonName());
        assertEquals(2, store.currentVersion().orElseThrow().number());
    }

    @Test
    public void anInvalidDocumentSavesNothingAndNamesEveryField() {
        JsonNode errors = expect(400, api("admin").put(XSRF, body("{\"version\":1,\"opening\":{\"mode\":\"loud\"},\"abuse\":{\"mdoe\":\"off\"}}")));
        assertEquals("opening.mode", errors.path("errors").path(0).path("path").asText());
        assertEquals("abuse.mdoe", errors.path("errors").path(1).path("path").asText());
        assertTrue(store.history().isEmpty());
    }

    @Test
    public void validateSavesNothing() {
        assertTrue(expect(200, api("admin").validate(XSRF, body(ENFORCE))).path("valid").asBoolean());
        assertEquals("opening.mode", expect(400, api("admin").validate(XSRF, body("{\"version\":1,\"opening\":{\"mode\":1}}")))
                .path("errors").path(0).path("path").asText());
        assertTrue(store.history().isEmpty());
    }

    @Test
    public void historyShowsWhoWhenAndTheDifferenceFromTheCurrentVersion() {
        api("admin").put(XSRF, body(ENFORCE.replace("\"enforce\"", "\"advise\"")));
        api("admin").put(XSRF, body(ENFORCE));
        JsonNode versions = expect(200, api("admin").history()).path("versions");
        assertEquals(2, versions.size());
        assertTrue(versions.path(0).path("current").asBoolean());
        assertEquals(0, versions.path(0).path("changes").size());
        JsonNode change = versions.path(1).path("changes").path(0);
        assertEquals("opening.mode", change.path("path").asText());
        assertEquals("\"advise\"", change.path("before").asText());
        assertEquals("\"enforce\"", change.path("after").asText());
    }

    @Test
    public void rollbackMakesAnOldVersionCurrentAsANewVersion() {
        api("admin").put(XSRF, body(ENFORCE.replace("\"enforce\"", "\"off\"")));
        api("admin").put(XSRF, body(ENFORCE));
        JsonNode rolled = expect(200, api("admin").rollback(XSRF, 1));
        assertEquals(3, rolled.path("id").asLong());
        assertEquals("off", expect(200, api("admin").get()).path("config").path("opening").path("mode").asText());
        expect(404, api("admin").rollback(XSRF, 99));
    }

    @Test
    public void onlyAdminsMayReadOrWriteAndWritesNeedTheXsrfHeader() {
        for (String caller : new String[] {"agent", "lead"}) {
            expect(403, api(caller).get());
            expect(403, api(caller).history());
            expect(403, api(caller).put(XSRF, body(ENFORCE)));
            expect(403, api(caller).validate(XSRF, body(ENFORCE)));
            expect(403, api(caller).rollback(XSRF, 1));
            expect(403, api(caller).preview(XSRF, body(PREVIEW)));
        }
        expect(403, api("admin").preview(null, body(PREVIEW)));
        expect(401, api(null).get());
        expect(403, api("admin").put(null, body(ENFORCE)));
        expect(403, api("admin").rollback("", 1));
        assertTrue(store.history().isEmpty());
    }

    private static final String PREVIEW = "{\"template\":\"Hi ${customer.firstName|there}, sorry about ${issue.key}.\"}";

    @Test
    public void aTemplateIsPreviewedByTheEngineWithSampleValuesAndFallbacks() {
        JsonNode preview = expect(200, api("admin").preview(XSRF, body(PREVIEW)));
        assertEquals("Hi Maria, sorry about SD-123.", preview.path("text").asText());
        assertEquals("Hi there, sorry about.", preview.path("fallbackText").asText());
    }

    @Test
    public void aTemplateWithAnUnknownPlaceholderIsAnErrorAtItsPath() {
        JsonNode errors = expect(400, api("admin").preview(XSRF, body("{\"template\":\"Hi ${customer.nmae}\"}")));
        assertEquals("template", errors.path("errors").path(0).path("path").asText());
        assertEquals("unknown placeholder ${customer.nmae}", errors.path("errors").path(0).path("message").asText());
        assertEquals("template", firstErrorPath(expect(400, api("admin").preview(XSRF, body("{\"template\":42}")))));
        expect(413, api("admin").preview(XSRF, body("{\"template\":\"" + "a".repeat(ConfigApi.MAX_PREVIEW_BYTES) + "\"}")));
    }

    @Test
    public void theFormLearnsTheEnginesChoicesAndPlaceholders() {
        JsonNode answer = expect(200, api("admin").get());
        assertEquals("enforce", answer.path("choices").path("modes").path(2).asText());
        assertEquals("outage", answer.path("choices").path("situations").path(6).asText());
        assertEquals("customer.firstName", answer.path("placeholders").path(0).path("name").asText());
        assertEquals("Maria", answer.path("placeholders").path(0).path("sample").asText());
    }

    @Test
    public void anOversizedDocumentIsRefused() {
        expect(413, api("admin").put(XSRF, body("{\"x\":\"" + "a".repeat(ConfigApi.MAX_CONFIG_BYTES) + "\"}")));
    }
}
