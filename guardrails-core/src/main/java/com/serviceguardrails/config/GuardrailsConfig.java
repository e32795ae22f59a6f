package com.serviceguardrails.config;

import com.serviceguardrails.abuse.AbuseConfig;
import com.serviceguardrails.empowerment.EmpowermentConfig;
import com.serviceguardrails.escalation.EscalationConfig;
import com.serviceguardrails.opening.OpeningConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The whole app's configuration: one immutable value, one section per guardrail. Read and written as JSON by
 * {@link ConfigCodec}; the bundled {@linkplain #defaults() default} works out of the box.
 */
public record GuardrailsConfig(
        int version,
        OpeningConfig opening,
        AbuseConfig abuse,
        EmpowermentConfig empowerment,
        EscalationConfig escalation) {

    /** The configuration format this build reads and writes. Older documents are migrated on read. */
    public static final int CURRENT_VERSION = 1;

    private static final String DEFAULT_RESOURCE = "/com/serviceguardrails/config/default-config.json";

    public GuardrailsConfig {
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(abuse, "abuse");
        Objects.requireNonNull(empowerment, "empowerment");
        Objects.requireNonNull(escalation, "escalation");
    }

    /** The configuration bundled with the app. */
    public static GuardrailsConfig defaults() {
        return Defaults.INSTANCE;
    }

    /** The bundled default configuration as JSON text, as an admin would export it. */
    public static String defaultJson() {
        try (InputStream in = GuardrailsConfig.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Defaults {
        static final GuardrailsConfig INSTANCE = load();

        private static GuardrailsConfig load() {
            try {
                return ConfigCodec.parse(defaultJson());
            } catch (ConfigException e) {
                throw new IllegalStateException("the bundled default configuration is invalid: " + e.getMessage(), e);
            }
        }
    }
}
