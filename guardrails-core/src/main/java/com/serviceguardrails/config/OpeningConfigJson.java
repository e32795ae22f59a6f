package com.serviceguardrails.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.opening.ApologyMacro;
import com.serviceguardrails.opening.MacroTemplate;
import com.serviceguardrails.opening.OpeningConfig;
import com.serviceguardrails.opening.Situation;
import com.serviceguardrails.text.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes the `opening` section: the mode and the admin's apology macros. */
final class OpeningConfigJson {
    private OpeningConfigJson() {
    }

    static OpeningConfig read(ConfigCursor section) {
        section.expectObject();
        section.allowOnly("mode", "macros");
        Mode mode = section.field("mode").choice(Mode.class, Mode.ADVISE);
        List<ApologyMacro> macros = new ArrayList<>();
        Map<String, String> pathById = new HashMap<>();
        for (ConfigCursor macro : section.field("macros").elements()) {
            if (!macro.present()) {
                macro.error("expected an object, found null");
                continue;
            }
            if (!macro.expectObject()) {
                continue;
            }
            macro.allowOnly("id", "language", "situation", "template");
            ConfigCursor idField = macro.field("id");
            String id = idField.requiredText().strip();
            ConfigCursor languageField = macro.field("language");
            if (!languageField.present()) {
                languageField.error("is required");
            }
            Language language = languageField.choice(Language.class, null);
            Situation situation = macro.field("situation").choice(Situation.class, Situation.GENERAL);
            ConfigCursor templateField = macro.field("template");
            String template = templateField.requiredText();
            List<String> problems = template.isBlank() ? List.of() : MacroTemplate.problems(template);
            problems.forEach(templateField::error);
            String earlier = id.isEmpty() ? null : pathById.putIfAbsent(id, macro.path());
            if (earlier != null) {
                idField.error("duplicate id \"" + id + "\"; " + earlier + " has it already");
            }
            if (!id.isEmpty() && language != null && !template.isBlank() && problems.isEmpty() && earlier == null) {
                macros.add(ApologyMacro.of(id, language, situation, template));
            }
        }
        return new OpeningConfig(mode, macros);
    }

    static ObjectNode write(OpeningConfig config) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("mode", config.mode().jsonName());
        ArrayNode macros = node.putArray("macros");
        for (ApologyMacro macro : config.macros()) {
            ObjectNode m = macros.addObject();
            m.put("id", macro.id());
            m.put("language", macro.language().code());
            m.put("situation", macro.situation().jsonName());
            m.put("template", macro.template().source());
        }
        return node;
    }
}
