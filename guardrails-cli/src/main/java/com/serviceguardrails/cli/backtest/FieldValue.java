package com.serviceguardrails.cli.backtest;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a Jira field value as text, whatever its shape in the REST JSON. */
final class FieldValue {

    private FieldValue() {
    }

    /**
     * Text fields and numbers as they are ({@code 120.50} stays exact); select lists ({@code {"value": "refund"}}),
     * users and priorities ({@code {"name": ...}}) by their value or name; a multi-value field by its first value.
     * Null for a missing or empty field; {@link IllegalArgumentException} for a shape that holds no usable value.
     */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isValueNode()) {
            String text = node.asText().trim();
            return text.isEmpty() ? null : text;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        for (String key : new String[] {"value", "name", "key"}) {
            JsonNode inner = node.get(key);
            if (inner != null && inner.isValueNode()) {
                return text(inner);
            }
        }
        throw new IllegalArgumentException("an object without \"value\" or \"name\"");
    }
}
