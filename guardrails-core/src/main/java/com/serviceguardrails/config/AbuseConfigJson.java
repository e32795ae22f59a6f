package com.serviceguardrails.config;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.abuse.AbuseConfig;

/** Reads and writes the `abuse` section. */
final class AbuseConfigJson {
    private AbuseConfigJson() {
    }

    static AbuseConfig read(ConfigCursor section) {
        section.expectObject();
        section.allowOnly("mode");
        return new AbuseConfig(section.field("mode").choice(Mode.class, Mode.ADVISE));
    }

    static ObjectNode write(AbuseConfig config) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("mode", config.mode().jsonName());
        return node;
    }
}
