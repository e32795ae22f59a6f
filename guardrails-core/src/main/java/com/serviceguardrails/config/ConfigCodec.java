package com.serviceguardrails.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@link GuardrailsConfig} as JSON. Reading migrates older versions, then validates everything
 * and reports every error by JSON path; it either returns a complete, valid configuration or throws
 * {@link ConfigException} with all the errors. It never returns half a configuration.
 */
public final class ConfigCodec {

    /** Configuration documents larger than this are rejected unread. */
    public static final int MAX_DOCUMENT_CHARS = 2 * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private ConfigCodec() {
    }

    /** Parses, migrates and validates a configuration document. */
    public static GuardrailsConfig parse(String json) throws ConfigException {
        List<ConfigError> errors = new ArrayList<>();
        GuardrailsConfig config = read(json, errors);
        if (!errors.isEmpty() || config == null) {
            throw new ConfigException(errors);
        }
        return config;
    }

    /** Every error in a configuration document; empty when it is valid. */
    public static List<ConfigError> validate(String json) {
        List<ConfigError> errors = new ArrayList<>();
        read(json, errors);
        return List.copyOf(errors);
    }

    /** The configuration as pretty-printed JSON of the current version; {@link #parse} reads it back equal. */
    public static String write(GuardrailsConfig config) {
        try {
            return MAPPER.writeValueAsString(toTree(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write configuration", e);
        }
    }

    /** The configuration as a JSON tree, for callers that embed it in a larger document. */
    public static ObjectNode toTree(GuardrailsConfig config) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", GuardrailsConfig.CURRENT_VERSION);
        root.set("opening", OpeningConfigJson.write(config.opening()));
        root.set("abuse", AbuseConfigJson.write(config.abuse()));
        root.set("empowerment", EmpowermentConfigJson.write(config.empowerment()));
        root.set("escalation", EscalationConfigJson.write(config.escalation()));
        return root;
    }

    private static GuardrailsConfig read(String json, List<ConfigError> errors) {
        if (json == null || json.isBlank()) {
            errors.add(new ConfigError("", "the configuration is empty"));
            return null;
        }
        if (json.length() > MAX_DOCUMENT_CHARS) {
            errors.add(new ConfigError("", "the configuration is " + json.length() + " characters; the limit is " + MAX_DOCUMENT_CHARS));
            return null;
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
            errors.add(new ConfigError("", "not valid JSON: " + at + e.getOriginalMessage()));
            return null;
        }
        if (!(tree instanceof ObjectNode document)) {
            errors.add(new ConfigError("", "expected a JSON object at the top level"));
            return null;
        }
        int errorsBefore = errors.size();
        ConfigMigrations.migrate(document, errors);
        if (errors.size() > errorsBefore) {
            return null;
        }
        ConfigCursor root = ConfigCursor.root(document, errors);
        root.allowOnly("version", "opening", "abuse", "empowerment", "escalation");
        return new GuardrailsConfig(
                GuardrailsConfig.CURRENT_VERSION,
                OpeningConfigJson.read(root.field("opening")),
                AbuseConfigJson.read(root.field("abuse")),
                EmpowermentConfigJson.read(root.field("empowerment")),
                EscalationConfigJson.read(root.field("escalation")));
    }
}
