package com.serviceguardrails.jira.settings;

import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.jira.testing.InMemoryPluginSettings;
import com.serviceguardrails.jira.testing.LocalClusterLockService;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class GuardrailsSettingsStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPluginSettings settings = new InMemoryPluginSettings();
    private final LocalClusterLockService locks = new LocalClusterLockService();
    private final GuardrailsSettingsStore store = new GuardrailsSettingsStore(settings.factory(), locks.service(), CLOCK);

    @Test
    public void withNothingSavedTheBundledDefaultIsInForceAndHistoryIsEmpty() {
        assertEquals(GuardrailsConfig.defaults(), store.current());
        assertTrue(store.history().isEmpty());
        assertTrue(store.currentVersion().isEmpty());
    }

    @Test
    public void aValidDocumentBecomesCurrentWithWhoAndWhen() {
        String json = withOpeningMode("enforce");
        SaveResult result = store.save(json, "admin1");

        assertTrue(result.errors().toString(), result.isSaved());
        ConfigVersion saved = result.saved().orElseThrow();
        assertEquals(1, saved.number());
        assertEquals("admin1", saved.savedBy());
        assertEquals(CLOCK.instant(), saved.savedAt());
        assertEquals("enforce", ConfigCodec.toTree(store.current()).path("opening").path("mode").asText());
        assertEquals(1, locks.acquisitions(GuardrailsSettingsStore.LOCK_NAME));
    }

    @Test
    public void anInvalidDocumentIsRejectedWithItsJsonPathAndChangesNothing() {
        store.save(withOpeningMode("advise"), "admin1");
        SaveResult result = store.save(withOpeningMode("sometimes"), "admin2");

        assertFalse(result.isSaved());
        assertEquals("opening.mode", result.errors().get(0).path());
        assertEquals(1, store.history().size());
        assertEquals("advise", ConfigCodec.toTree(store.current()).path("opening").path("mode").asText());
    }

    @Test
    public void historyKeepsTheNewestTenVersionsNewestFirst() {
        for (int i = 0; i < 12; i++) {
            store.save(withOpeningMode(i % 2 == 0 ? "advise" : "off"), "admin" + i);
        }
        List<ConfigVersion> history = store.history();
        assertEquals(GuardrailsSettingsStore.KEPT_VERSIONS, history.size());
        assertEquals(12, history.get(0).number());
        assertEquals(3, history.get(history.size() - 1).number());
    }

    @Test
    public void rollbackMakesAnOldVersionCurrentAsANewVersion() {
        store.save(withOpeningMode("advise"), "admin1");
        store.save(withOpeningMode("enforce"), "admin1");

        SaveResult result = store.rollback(1, "admin2");

        assertTrue(result.isSaved());
        assertEquals(3, result.saved().orElseThrow().number());
        assertEquals("advise", ConfigCodec.toTree(store.current()).path("opening").path("mode").asText());
        assertEquals(3, store.history().size());
    }

    @Test
    public void rollbackToAnUnknownVersionSaysSoAndChangesNothing() {
        store.save(withOpeningMode("advise"), "admin1");
        SaveResult result = store.rollback(7, "admin2");
        assertFalse(result.isSaved());
        assertEquals("version", result.errors().get(0).path());
        assertEquals(1, store.history().size());
    }

    @Test
    public void aStoredVersionThatNoLongerValidatesIsSkippedForTheNewestGoodOne() {
        store.save(withOpeningMode("off"), "admin1");
        @SuppressWarnings("unchecked")
        List<String> stored = new ArrayList<>((List<String>) settings.get(GuardrailsSettingsStore.VERSIONS_KEY));
        stored.add("{\"number\":2,\"savedAt\":\"2026-11-22T08:00:00Z\",\"savedBy\":\"x\",\"config\":\"{\\\"version\\\":99}\"}");
        stored.add("not json at all");
        settings.put(GuardrailsSettingsStore.VERSIONS_KEY, stored);

        assertEquals("off", ConfigCodec.toTree(store.current()).path("opening").path("mode").asText());
        assertEquals(2, store.history().size());
    }

    @Test
    public void twoNodesSavingAtOnceLoseNoVersion() throws Exception {
        GuardrailsSettingsStore otherNode = new GuardrailsSettingsStore(settings.factory(), locks.otherNode().service(), CLOCK);
        Thread a = new Thread(() -> { for (int i = 0; i < 4; i++) store.save(withOpeningMode("advise"), "a"); });
        Thread b = new Thread(() -> { for (int i = 0; i < 4; i++) otherNode.save(withOpeningMode("off"), "b"); });
        a.start();
        b.start();
        a.join();
        b.join();
        List<ConfigVersion> history = store.history();
        assertEquals(8, history.size());
        for (int i = 0; i < history.size(); i++) {
            assertEquals(8 - i, history.get(i).number());
        }
    }

    private static String withOpeningMode(String mode) {
        var tree = ConfigCodec.toTree(GuardrailsConfig.defaults());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("opening")).put("mode", mode);
        return tree.toString();
    }
}
