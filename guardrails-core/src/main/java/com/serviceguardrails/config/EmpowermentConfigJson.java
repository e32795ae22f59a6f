package com.serviceguardrails.config;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.empowerment.EmpowermentConfig;

/** Reads and writes the `empowerment` section. */
final class EmpowermentConfigJson {
    private EmpowermentConfigJson() {
    }

    static EmpowermentConfig read(ConfigCursor section) {
        section.expectObject();
        section.allowOnly("mode");
        return new EmpowermentConfig(section.field("mode").choice(Mode.class, Mode.ADVISE));
    }

    static ObjectNode write(EmpowermentConfig config) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("mode", config.mode().jsonName());
        return node;
    }
}
