package com.serviceguardrails.jira.settings;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.ConfigError;
import com.serviceguardrails.config.ConfigException;
import com.serviceguardrails.config.GuardrailsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The configuration document in SAL global plugin settings, with the last {@link #KEPT_VERSIONS} versions kept
 * for rollback. This is the API the admin pages call: {@link #current()}, {@link #save}, {@link #history()},
 * {@link #rollback}.
 *
 * <p>Stored as one SAL list of envelopes ({@code {"number","savedAt","savedBy","config"}}), oldest first, the
 * last one current. Saves from two nodes are serialised by a cluster lock so that no version is lost.
 * A document that does not validate is never stored; a stored document that no longer parses (say, after a
 * downgrade) is skipped with a warning and the newest good one, or the bundled default, is used.
 */
public class GuardrailsSettingsStore {
    static final String VERSIONS_KEY = "com.serviceguardrails.jira:config.versions";
    static final String LOCK_NAME = "com.serviceguardrails.jira.config";
    /** The current version and nine before it. */
    public static final int KEPT_VERSIONS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(GuardrailsSettingsStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PluginSettingsFactory settingsFactory;
    private final ClusterLockService lockService;
    private final Clock clock;

    public GuardrailsSettingsStore(PluginSettingsFactory settingsFactory, ClusterLockService lockService) {
        this(settingsFactory, lockService, Clock.systemUTC());
    }

    GuardrailsSettingsStore(PluginSettingsFactory settingsFactory, ClusterLockService lockService, Clock clock) {
        this.settingsFactory = settingsFactory;
        this.lockService = lockService;
        this.clock = clock;
    }

    /** The configuration in force: the newest stored version that parses, else the bundled default. */
    public GuardrailsConfig current() {
        // history() is newest first
        for (ConfigVersion version : history()) {
            try {
                return ConfigCodec.parse(version.json());
            } catch (ConfigException e) {
                LOG.warn("Service Guardrails: stored configuration version {} no longer validates, skipped: {}",
                        version.number(), e.errors());
            }
        }
        return GuardrailsConfig.defaults();
    }

    /** The newest stored version, if any was ever saved. */
    public Optional<ConfigVersion> currentVersion() {
        List<ConfigVersion> versions = history();
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0));
    }

    /** Every kept version, newest first. */
    public List<ConfigVersion> history() {
        List<ConfigVersion> versions = readVersions(settingsFactory.createGlobalSettings());
        Collections.reverse(versions);
        return List.copyOf(versions);
    }

    /** Validates and stores {@code json} as the new current version; on errors nothing changes. */
    public SaveResult save(String json, String savedBy) {
        List<ConfigError> errors = ConfigCodec.validate(json);
        if (!errors.isEmpty()) {
            return SaveResult.rejected(errors);
        }
        return store(json, savedBy);
    }

    /** Makes a kept version current again, as a new version (history is never rewritten). */
    public SaveResult rollback(long number, String savedBy) {
        for (ConfigVersion version : history()) {
            if (version.number() == number) {
                return save(version.json(), savedBy);
            }
        }
        return SaveResult.rejected(List.of(new ConfigError("version", "no kept version " + number)));
    }

    private SaveResult store(String json, String savedBy) {
        ClusterLock lock = lockService.getLockForName(LOCK_NAME);
        lock.lock();
        try {
            PluginSettings settings = settingsFactory.createGlobalSettings();
            List<ConfigVersion> versions = readVersions(settings);
            long number = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number() + 1;
            ConfigVersion saved = new ConfigVersion(number, Instant.now(clock), savedBy, json);
            versions.add(saved);
            List<ConfigVersion> kept = versions.subList(Math.max(0, versions.size() - KEPT_VERSIONS), versions.size());
            List<String> stored = new ArrayList<>(kept.size());
            for (ConfigVersion version : kept) {
                stored.add(envelope(version));
            }
            settings.put(VERSIONS_KEY, stored);
            return SaveResult.ok(saved);
        } finally {
            lock.unlock();
        }
    }

    private static List<ConfigVersion> readVersions(PluginSettings settings) {
        Object raw = settings.get(VERSIONS_KEY);
        List<ConfigVersion> versions = new ArrayList<>();
        if (!(raw instanceof List<?> list)) {
            if (raw != null) {
                LOG.warn("Service Guardrails: setting {} is not a list, ignored", VERSIONS_KEY);
            }
            return versions;
        }
        for (Object entry : list) {
            try {
                versions.add(fromEnvelope(String.valueOf(entry)));
            } catch (JsonProcessingException | RuntimeException e) {
                LOG.warn("Service Guardrails: unreadable configuration version in {} ignored: {}", VERSIONS_KEY,
                        e.toString());
            }
        }
        return versions;
    }

    private static String envelope(ConfigVersion version) {
        ObjectNode node = JSON.createObjectNode();
        node.put("number", version.number());
        node.put("savedAt", version.savedAt().toString());
        node.put("savedBy", version.savedBy());
        node.put("config", version.json());
        return node.toString();
    }

    private static ConfigVersion fromEnvelope(String text) throws JsonProcessingException {
        JsonNode node = JSON.readTree(text);
        return new ConfigVersion(node.required("number").asLong(), Instant.parse(node.required("savedAt").asText()),
                node.path("savedBy").asText(""), node.required("config").asText());
    }
}
