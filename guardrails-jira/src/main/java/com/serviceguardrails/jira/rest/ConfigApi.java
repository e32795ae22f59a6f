package com.serviceguardrails.jira.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.atlassian.sal.api.message.I18nResolver;
import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.ConfigError;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.guidance.ConfigChange;
import com.serviceguardrails.guidance.ConfigChoices;
import com.serviceguardrails.guidance.ConfigDiff;
import com.serviceguardrails.guidance.MacroPreview;

import com.serviceguardrails.jira.settings.ConfigVersion;
import com.serviceguardrails.jira.settings.GuardrailsSettingsStore;
import com.serviceguardrails.jira.settings.SaveResult;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code config}: GET the configuration in force, PUT a new one (saved only when the whole document is valid),
 * POST {@code validate} (errors by JSON path, nothing saved), GET {@code history} (every version with who, when and
 * its differences from the current one), POST {@code rollback/{id}} (saves that version again as the newest), POST
 * {@code preview} (a macro template rendered by the engine with sample values, for the admin page's live preview).
 * GET also carries what the admin page's editors offer: the values of each enumerated field, their labels in the
 * admin's language, and the placeholders.
 * Admins only; writes (and the preview, a POST) need the XSRF header.
 */
public final class ConfigApi {

    /** Bytes; the codec also limits characters. UTF-8 takes up to 4 bytes per character. */
    static final int MAX_CONFIG_BYTES = ConfigCodec.MAX_DOCUMENT_CHARS;
    /** Bytes of a preview request: a template is at most 2,000 characters, plus JSON escaping. */
    static final int MAX_PREVIEW_BYTES = 16 * 1024;

    private final Access access;
    private final GuardrailsSettingsStore store;
    private final I18nResolver i18n;

    public ConfigApi(Access access, GuardrailsSettingsStore store, I18nResolver i18n) {
        this.access = access;
        this.store = store;
        this.i18n = i18n;
    }

    public ApiResponse get() {
        ApiResponse refused = refuse(null, false);
        if (refused != null) {
            return refused;
        }
        Optional<ConfigVersion> current = store.currentVersion();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", current.map(ConfigVersion::number).orElse(0L));
        out.put("savedBy", current.map(ConfigVersion::savedBy).orElse(null));
        out.put("savedAt", current.map(v -> v.savedAt().toString()).orElse(null));
        out.put("config", tree(currentJson()));
        out.put("choices", ConfigChoices.all());
        out.put("labels", labels());
        out.put("placeholders", MacroPreview.placeholders());
        return ApiResponse.ok(out);
    }

    /**
     * {@code {"template": "Hi ${customer.firstName|there}, …"}} → {@code {"text", "fallbackText"}} rendered by the
     * engine, or 400 with every problem at path {@code template}.
     */
    public ApiResponse preview(String xsrfHeader, InputStream body) {
        ApiResponse refused = refuse(xsrfHeader, true);
        if (refused != null) {
            return refused;
        }
        RequestBodies.Result<JsonNode> request = RequestBodies.jsonObject(body, MAX_PREVIEW_BYTES);
        if (request.failure() != null) {
            return request.failure();
        }
        JsonNode template = request.value().get("template");
        if (template == null || !template.isTextual()) {
            return ApiResponse.error(400, "template", "expected the template as text");
        }
        MacroPreview preview = MacroPreview.of(template.textValue());
        if (!preview.valid()) {
            return ApiResponse.errors(400, preview.problems().stream().map(p -> new ApiResponse.ApiError("template", p)).toList());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", preview.text());
        out.put("fallbackText", preview.fallbackText());
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
        long currentId = store.currentVersion().map(ConfigVersion::number).orElse(0L);
        List<Map<String, Object>> versions = new ArrayList<>();
        for (ConfigVersion version : store.history()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", version.number());
            v.put("savedBy", version.savedBy());
            v.put("savedAt", version.savedAt().toString());
            List<ConfigChange> changes = ConfigDiff.between(tree(version.json()), current);
            v.put("current", currentId == version.number());
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
        if (store.history().stream().noneMatch(v -> v.number() == id)) {
            return ApiResponse.error(404, "id", "no kept configuration version " + id);
        }
        return answer(store.rollback(id, access.currentUserKey()));
    }

    private ApiResponse save(String json) {
        return answer(store.save(json, access.currentUserKey()));
    }

    private ApiResponse answer(SaveResult result) {
        if (!result.isSaved()) {
            return invalid(result.errors());
        }
        ConfigVersion saved = result.saved().orElseThrow();
        return ApiResponse.ok(Map.of("id", saved.number(), "savedBy", saved.savedBy(), "savedAt", saved.savedAt().toString()));
    }

    /** List → value → its label in the caller's language; a value whose key the bundles lack is left out (shown as spelled). */
    private Map<String, Map<String, String>> labels() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        ConfigChoices.all().forEach((list, values) -> {
            Map<String, String> labels = new LinkedHashMap<>();
            for (String value : values) {
                String key = ConfigChoices.labelKey(list, value);
                String text = i18n.getText(key);
                if (text != null && !text.isBlank() && !text.equals(key)) {
                    labels.put(value, text);
                }
            }
            out.put(list, labels);
        });
        return out;
    }

    private String currentJson() {
        return store.currentVersion().map(ConfigVersion::json).orElseGet(GuardrailsConfig::defaultJson);
    }

    private ApiResponse refuse(String xsrfHeader, boolean write) {
        return Admins.refuse(access, xsrfHeader, write);
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
