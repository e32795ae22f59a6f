package com.serviceguardrails.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A position in a configuration document being read. Section readers use it to pull typed values out of
 * JSON; every problem is recorded against the exact JSON path ({@code escalation.rules[2].actions[0].priority})
 * and reading goes on, so one pass reports every error. A reader never throws for bad input: it records the
 * error and returns the fallback it was given.
 */
public final class ConfigCursor {
    private final JsonNode node;
    private final String path;
    private final List<ConfigError> errors;

    private ConfigCursor(JsonNode node, String path, List<ConfigError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** A cursor at the top of a document; errors go to {@code errors}. */
    public static ConfigCursor root(JsonNode document, List<ConfigError> errors) {
        return new ConfigCursor(document, "", errors);
    }

    public String path() {
        return path;
    }

    /** The raw node, or {@code null} when the field is absent or JSON null. */
    public JsonNode node() {
        return present() ? node : null;
    }

    /** True when the field exists and is not JSON {@code null}. */
    public boolean present() {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    /** Records an error at this position. */
    public void error(String message) {
        errors.add(new ConfigError(path, message));
    }

    /** The named field of this object (absent if this is not an object or has no such field). */
    public ConfigCursor field(String name) {
        JsonNode child = node != null && node.isObject() ? node.get(name) : null;
        return new ConfigCursor(child, path.isEmpty() ? name : path + "." + name, errors);
    }

    /** Reports an error for every field of this object not in {@code known}: catches typos like {@code "mdoe"}. */
    public void allowOnly(String... known) {
        if (!present() || !node.isObject()) {
            return;
        }
        Set<String> allowed = Set.of(known);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                field(name).error("unknown field; expected one of " + Arrays.stream(known).sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    /** True if present and an object; otherwise records an error (when present) and returns false. */
    public boolean expectObject() {
        if (!present()) {
            return false;
        }
        if (!node.isObject()) {
            error("expected an object, found " + kind(node));
            return false;
        }
        return true;
    }

    /** The elements of this list; absent gives an empty list, a non-list records an error. */
    public List<ConfigCursor> elements() {
        if (!present()) {
            return List.of();
        }
        if (!node.isArray()) {
            error("expected a list, found " + kind(node));
            return List.of();
        }
        List<ConfigCursor> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new ConfigCursor(node.get(i), path + "[" + i + "]", errors));
        }
        return out;
    }

    /** The fields of this object in document order; absent gives an empty map, a non-object records an error. */
    public Map<String, ConfigCursor> entries() {
        if (!expectObject()) {
            return Collections.emptyMap();
        }
        Map<String, ConfigCursor> out = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(name -> out.put(name, field(name)));
        return out;
    }

    /** A string; absent gives {@code fallback}. */
    public String text(String fallback) {
        if (!present()) {
            return fallback;
        }
        if (!node.isTextual()) {
            error("expected a string, found " + kind(node));
            return fallback;
        }
        return node.textValue();
    }

    /** A string that must be present and not blank; records an error and returns {@code ""} otherwise. */
    public String requiredText() {
        if (!present()) {
            error("is required");
            return "";
        }
        String value = text("");
        if (node.isTextual() && value.isBlank()) {
            error("must not be blank");
        }
        return value;
    }

    /** A list of strings; absent gives an empty list. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        for (ConfigCursor element : elements()) {
            String value = element.requiredText();
            if (!value.isBlank()) {
                out.add(value);
            }
        }
        return List.copyOf(out);
    }

    public boolean bool(boolean fallback) {
        if (!present()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            error("expected true or false, found " + kind(node));
            return fallback;
        }
        return node.booleanValue();
    }

    /** A whole number in {@code [min, max]}; absent gives {@code fallback}. */
    public int integer(int fallback, int min, int max) {
        if (!present()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            error("expected a whole number, found " + kind(node));
            return fallback;
        }
        long value = node.longValue();
        if (value < min || value > max) {
            error("must be between " + min + " and " + max + ", found " + value);
            return fallback;
        }
        return (int) value;
    }

    /**
     * An exact decimal, written either as a JSON number or as a string ({@code "49.99"}); money is read this way
     * so no amount ever passes through {@code double}. Absent gives {@code fallback}.
     */
    public BigDecimal decimal(BigDecimal fallback) {
        if (!present()) {
            return fallback;
        }
        try {
            if (node.isTextual()) {
                return new BigDecimal(node.textValue().trim());
            }
            if (node.isNumber()) {
                return node.decimalValue();
            }
        } catch (NumberFormatException e) {
            error("expected a decimal number, found \"" + node.textValue() + "\"");
            return fallback;
        }
        error("expected a decimal number, found " + kind(node));
        return fallback;
    }

    /**
     * One of an enum's values, written in lower case ({@code "non_apology"}); absent gives {@code fallback}.
     */
    public <E extends Enum<E>> E choice(Class<E> type, E fallback) {
        if (!present()) {
            return fallback;
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(ConfigCursor::jsonName).collect(Collectors.joining(", "));
        if (!node.isTextual()) {
            error("expected one of " + allowed + ", found " + kind(node));
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (jsonName(constant).equals(node.textValue())) {
                return constant;
            }
        }
        error("unknown value \"" + node.textValue() + "\"; expected one of " + allowed);
        return fallback;
    }

    /** The JSON spelling of an enum constant: its name in lower case. */
    public static String jsonName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static String kind(JsonNode n) {
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "true/false";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "an object";
        }
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
