package com.serviceguardrails.config;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class ConfigCodecTest {

    @Test
    public void bundledDefaultsAreValidAndRoundTrip() throws ConfigException {
        GuardrailsConfig defaults = GuardrailsConfig.defaults();
        assertEquals(GuardrailsConfig.CURRENT_VERSION, defaults.version());
        assertEquals(defaults, ConfigCodec.parse(ConfigCodec.write(defaults)));
    }

    @Test
    public void everyErrorIsReportedWithItsPath() {
        List<ConfigError> errors = ConfigCodec.validate("""
                {"version": 1,
                 "opening": {"mode": "loud"},
                 "abuse": {"mdoe": "off"},
                 "escalation": "yes"}
                """);
        assertTrue(errors.toString(), errors.contains(new ConfigError("opening.mode",
                "unknown value \"loud\"; expected one of off, advise, enforce")));
        assertTrue(errors.toString(), errors.stream().anyMatch(e -> e.path().equals("abuse.mdoe") && e.message().startsWith("unknown field")));
        assertTrue(errors.toString(), errors.contains(new ConfigError("escalation", "expected an object, found a string")));
        assertEquals(errors.toString(), 3, errors.size());
    }

    @Test
    public void malformedJsonNamesLineAndColumn() {
        List<ConfigError> errors = ConfigCodec.validate("{\n  \"version\": 1,\n  \"opening\": {\"mode\": }\n}");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("line 3, column"));
    }

    @Test
    public void duplicateKeysAreRejected() {
        List<ConfigError> errors = ConfigCodec.validate("{\"version\":1,\"opening\":{\"mode\":\"off\",\"mode\":\"enforce\"}}");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("Duplicate field"));
    }

    @Test
    public void emptyOversizedAndNonObjectDocumentsAreRejected() {
        assertEquals("the configuration is empty", ConfigCodec.validate("  ").get(0).message());
        assertTrue(ConfigCodec.validate("[1,2]").get(0).message().contains("JSON object"));
        String huge = "{\"x\":\"" + "a".repeat(ConfigCodec.MAX_DOCUMENT_CHARS) + "\"}";
        assertTrue(ConfigCodec.validate(huge).get(0).message().contains("limit"));
    }

    @Test
    public void previewFormatMigratesEnabledToAdviseNeverEnforce() throws ConfigException {
        GuardrailsConfig migrated = ConfigCodec.parse("{\"opening\":{\"enabled\":true},\"abuse\":{\"enabled\":false}}");
        assertEquals(Mode.ADVISE, migrated.opening().mode());
        assertEquals(Mode.OFF, migrated.abuse().mode());
        assertEquals(GuardrailsConfig.CURRENT_VERSION, migrated.version());
    }

    @Test
    public void newerVersionsAreRefused() {
        try {
            ConfigCodec.parse("{\"version\": 99}");
            fail("a future version must not be read");
        } catch (ConfigException e) {
            assertEquals("version", e.errors().get(0).path());
        }
    }

    @Test
    public void aRejectedReplacementKeepsTheLastGoodConfiguration() {
        ConfigHolder holder = new ConfigHolder(GuardrailsConfig.defaults());
        List<ConfigError> errors = holder.replace("{\"version\":1,\"opening\":{\"mode\":\"sometimes\"}}");
        assertEquals(1, errors.size());
        assertEquals(GuardrailsConfig.defaults(), holder.current());
        assertTrue(holder.replace("{\"version\":1,\"opening\":{\"mode\":\"enforce\"}}").isEmpty());
        assertEquals(Mode.ENFORCE, holder.current().opening().mode());
    }
}
