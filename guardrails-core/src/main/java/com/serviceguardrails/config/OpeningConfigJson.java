package com.serviceguardrails.config;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.opening.OpeningConfig;

/** Reads and writes the `opening` section. */
final class OpeningConfigJson {
    private OpeningConfigJson() {
    }

    static OpeningConfig read(ConfigCursor section) {
        section.expectObject();
        section.allowOnly("mode");
        return new OpeningConfig(section.field("mode").choice(Mode.class, Mode.ADVISE));
    }

    static ObjectNode write(OpeningConfig config) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("mode", config.mode().jsonName());
        return node;
    }
}
