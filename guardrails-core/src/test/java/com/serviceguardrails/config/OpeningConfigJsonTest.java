package com.serviceguardrails.config;

import com.serviceguardrails.opening.OpeningCheck;
import com.serviceguardrails.opening.Situation;
import com.serviceguardrails.text.Language;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class OpeningConfigJsonTest {

    private static String withMacros(String macros) {
        return "{\"version\":1,\"opening\":{\"mode\":\"enforce\",\"macros\":[" + macros + "]}}";
    }

    @Test
    public void macrosAreReadWrittenAndUsed() throws ConfigException {
        GuardrailsConfig config = ConfigCodec.parse(withMacros(
                "{\"id\":\"acme.refund\",\"language\":\"de\",\"situation\":\"billing\",\"template\":\"Hallo ${customer.firstName|}, Entschuldigung wegen ${issue.key}.\"}"));
        assertEquals(1, config.opening().macros().size());
        assertEquals(Situation.BILLING, config.opening().macros().get(0).situation());
        assertEquals(config, ConfigCodec.parse(ConfigCodec.write(config)));
        String text = new OpeningCheck(config.opening()).macros().choose(Language.DE, Situation.BILLING).render(null);
        assertEquals("Hallo, Entschuldigung wegen.", text);
    }

    @Test
    public void everyMacroErrorIsReportedByPath() {
        List<ConfigError> errors = ConfigCodec.validate(withMacros(String.join(",",
                "{\"id\":\"a\",\"language\":\"en\",\"template\":\"ok\"}",
                "{\"id\":\"b\",\"language\":\"it\",\"template\":\"ok\"}",
                "{\"id\":\"a\",\"language\":\"en\",\"template\":\"ok\",\"colour\":\"red\"}",
                "{\"id\":\"d\",\"language\":\"en\",\"situation\":\"flood\",\"template\":\"Hi ${customer.nmae}\"}",
                "{\"language\":\"en\"}",
                "null")));
        assertTrue(errors.toString(), errors.contains(new ConfigError("opening.macros[3].template", "unknown placeholder ${customer.nmae}")));
        assertTrue(errors.toString(), errors.contains(new ConfigError("opening.macros[3].situation",
                "unknown value \"flood\"; expected one of general, delay, damaged, missing, access, billing, outage")));
        assertTrue(errors.toString(), errors.contains(new ConfigError("opening.macros[1].language",
                "unknown value \"it\"; expected one of en, de, fr, es")));
        assertTrue(errors.toString(), errors.contains(new ConfigError("opening.macros[2].id", "duplicate id \"a\"; opening.macros[0] has it already")));
        assertTrue(errors.toString(), errors.stream().anyMatch(e -> e.path().equals("opening.macros[2].colour")));
        assertTrue(errors.toString(), errors.contains(new ConfigError("opening.macros[4].id", "is required")));
        assertTrue(errors.toString(), errors.contains(new ConfigError("opening.macros[4].template", "is required")));
        assertTrue(errors.toString(), errors.contains(new ConfigError("opening.macros[5]", "expected an object, found null")));
        assertEquals(errors.toString(), 8, errors.size());
        assertEquals("opening.macros[3].template: unknown placeholder ${customer.nmae}",
                errors.stream().filter(e -> e.path().equals("opening.macros[3].template")).findFirst().orElseThrow().toString());
    }
}
