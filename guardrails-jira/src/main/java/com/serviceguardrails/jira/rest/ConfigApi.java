package com.serviceguardrails.jira.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.ConfigError;
import com.serviceguardrails.config.ConfigException;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.guidance.ConfigChange;
import com.serviceguardrails.guidance.ConfigDiff;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code config}: GET the configuration in force, PUT a new one (saved only when the whole document is valid),
 * POST {@code validate} (errors by JSON path, nothing saved), GET {@code history} (every version with who, when and
 * its differences from the current one), POST {@code rollback/{id}} (saves that version again as the newest). Admins
 * only; writes need the XSRF header.
 */
public final class ConfigApi {

    /** Bytes; the codec also limits characters. UTF-8 takes up to 4 bytes per character. */
    static final int MAX_CONFIG_BYTES = ConfigCodec.MAX_DOCUMENT_CHARS;

    private final Access access;
    private final ConfigRepository repository;
    private final Runnable onChange;

    /** @param onChange called after a save, e.g. to drop verdict caches */
    public ConfigApi(Access access, ConfigRepository repository, Runnable onChange) {
        this.access = access;
        this.repository = repository;
        this.onChange = onChange;
    }

    public ApiResponse get() {
        ApiResponse refused = refuse(null, false);
        if (refused != null) {
            return refused;
        }
        Optional<ConfigVersion> current = repository.current();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", current.map(ConfigVersion::id).orElse(0L));
        out.put("savedBy", current.map(ConfigVersion::savedBy).orElse(null));
        out.put("savedAt", current.map(v -> v.savedAt().toString()).orElse(null));
        out.put("config", tree(currentJson()));
        return ApiResponse.ok(out);
    }

    public ApiResponse validate(String xsrfHeader, InputStream body) {
        ApiResponse refused = refuse(xsrfHeader, true);
        if (refused != null) {
            return refused;
        }
        RequestBodies.Result<String> text = RequestBodies.text(body, MAX_CONFIG_BYTES);
        if (text.failure() != null) {
            return text.failure();
        }
        List<ConfigError> errors = ConfigCodec.validate(text.value());
        return errors.isEmpty() ? ApiResponse.ok(Map.of("valid", true, "errors", List.of())) : invalid(errors);
    }

    public ApiResponse put(String xsrfHeader, InputStream body) {
        ApiResponse refused = refuse(xsrfHeader, true);
        if (refused != null) {
            return refused;
        }
        RequestBodies.Result<String> text = RequestBodies.text(body, MAX_CONFIG_BYTES);
        if (text.failure() != null) {
            return text.failure();
        }
        return save(text.value());
    }

    public ApiResponse history() {
        ApiResponse refused = refuse(null, false);
        if (refused != null) {
            return refused;
        }
        JsonNode current = tree(currentJson());
        long currentId = repository.current().map(ConfigVersion::id).orElse(0L);
        List<Map<String, Object>> versions = new ArrayList<>();
        for (ConfigVersion version : repository.history()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", version.id());
            v.put("savedBy", version.savedBy());
            v.put("savedAt", version.savedAt().toString());
            List<ConfigChange> changes = ConfigDiff.between(tree(version.json()), current);
            v.put("current", currentId == version.id());
            v.put("changes", changes);
            v.put("config", tree(version.json()));
            versions.add(v);
        }
        return ApiResponse.ok(Map.of("versions", versions));
    }

    public ApiResponse rollback(String xsrfHeader, long id) {
        ApiResponse refused = refuse(xsrfHeader, true);
        if (refused != null) {
            return refused;
        }
        Optional<ConfigVersion> version = repository.find(id);
        if (version.isEmpty()) {
            return ApiResponse.error(404, "id", "no configuration version " + id);
        }
        return save(version.get().json());
    }

    private ApiResponse save(String json) {
        GuardrailsConfig parsed;
        try {
            parsed = ConfigCodec.parse(json);
        } catch (ConfigException e) {
            return invalid(e.errors());
        }
        // stored as the codec writes it: migrated, current version, canonical layout
        ConfigVersion saved = repository.save(ConfigCodec.write(parsed), access.currentUserKey());
        onChange.run();
        return ApiResponse.ok(Map.of("id", saved.id(), "savedBy", saved.savedBy(), "savedAt", saved.savedAt().toString()));
    }

    private String currentJson() {
        return repository.current().map(ConfigVersion::json).orElseGet(GuardrailsConfig::defaultJson);
    }

    private ApiResponse refuse(String xsrfHeader, boolean write) {
        String user = access.currentUserKey();
        if (user == null) {
            return ApiResponse.unauthenticated();
        }
        if (!access.isAdmin(user)) {
            return ApiResponse.forbidden();
        }
        return write ? Xsrf.check(xsrfHeader) : null;
    }

    private static ApiResponse invalid(List<ConfigError> errors) {
        List<ApiResponse.ApiError> out = new ArrayList<>();
        for (ConfigError error : errors) {
            out.add(new ApiResponse.ApiError(error.path(), error.message()));
        }
        return ApiResponse.errors(400, out);
    }

    private static JsonNode tree(String json) {
        try {
            return RequestBodies.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored configuration is not JSON", e);
        }
    }
}
