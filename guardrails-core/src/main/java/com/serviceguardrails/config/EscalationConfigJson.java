package com.serviceguardrails.config;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.escalation.EscalationConfig;

/** Reads and writes the `escalation` section. */
final class EscalationConfigJson {
    private EscalationConfigJson() {
    }

    static EscalationConfig read(ConfigCursor section) {
        section.expectObject();
        section.allowOnly("mode");
        return new EscalationConfig(section.field("mode").choice(Mode.class, Mode.ADVISE));
    }

    static ObjectNode write(EscalationConfig config) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("mode", config.mode().jsonName());
        return node;
    }
}
