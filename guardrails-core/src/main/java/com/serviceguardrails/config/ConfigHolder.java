package com.serviceguardrails.config;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the configuration in force. A replacement is applied only when it is entirely valid; a rejected
 * document leaves the last good configuration in place.
 */
public final class ConfigHolder {
    private final AtomicReference<GuardrailsConfig> current;

    public ConfigHolder(GuardrailsConfig initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public GuardrailsConfig current() {
        return current.get();
    }

    /** Parses {@code json} and, if valid, puts it in force. Returns the errors; empty means it was applied. */
    public List<ConfigError> replace(String json) {
        try {
            current.set(ConfigCodec.parse(json));
            return List.of();
        } catch (ConfigException e) {
            return e.errors();
        }
    }
}
