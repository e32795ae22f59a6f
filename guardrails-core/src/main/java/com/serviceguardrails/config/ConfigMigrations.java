package com.serviceguardrails.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Brings configuration documents written by older versions of the app up to {@link GuardrailsConfig#CURRENT_VERSION}.
 * Each step turns version {@code n} into {@code n + 1}; steps run in order, so a document of any supported age
 * arrives in today's shape before it is validated. A new format version adds one step here and a test.
 */
final class ConfigMigrations {

    /** Step {@code i} migrates version {@code i} to version {@code i + 1}. */
    private static final List<UnaryOperator<ObjectNode>> STEPS = List.of(
            ConfigMigrations::fromPreviewFormat);

    private ConfigMigrations() {
    }

    /**
     * Migrates {@code document} in place to the current version. A document without {@code version} is taken as
     * version 0, the preview format. Returns the version the document had before migration.
     */
    static int migrate(ObjectNode document, List<ConfigError> errors) {
        JsonNode versionNode = document.get("version");
        int version;
        if (versionNode == null) {
            version = 0;
        } else if (versionNode.isIntegralNumber() && versionNode.canConvertToInt()) {
            version = versionNode.intValue();
        } else {
            errors.add(new ConfigError("version", "expected a whole number, found " + versionNode));
            return -1;
        }
        if (version < 0 || version > GuardrailsConfig.CURRENT_VERSION) {
            errors.add(new ConfigError("version", "unsupported version " + version + "; this app reads versions 0 to "
                    + GuardrailsConfig.CURRENT_VERSION));
            return version;
        }
        for (int v = version; v < GuardrailsConfig.CURRENT_VERSION; v++) {
            STEPS.get(v).apply(document);
        }
        document.put("version", GuardrailsConfig.CURRENT_VERSION);
        return version;
    }

    /**
     * Version 0 (the preview) switched each guardrail with {@code "enabled": true|false}; version 1 has a
     * three-way {@code mode}. An enabled guardrail becomes {@code advise}, never {@code enforce}: a migration must
     * not start blocking anything an admin has not chosen to block.
     */
    private static ObjectNode fromPreviewFormat(ObjectNode document) {
        for (Iterator<Map.Entry<String, JsonNode>> it = document.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> section = it.next();
            if (section.getValue() instanceof ObjectNode sectionNode && sectionNode.has("enabled") && !sectionNode.has("mode")) {
                JsonNode enabled = sectionNode.remove("enabled");
                sectionNode.put("mode", enabled.asBoolean(false) ? Mode.ADVISE.jsonName() : Mode.OFF.jsonName());
            }
        }
        return document;
    }
}
