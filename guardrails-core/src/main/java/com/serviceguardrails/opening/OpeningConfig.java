package com.serviceguardrails.opening;

import com.serviceguardrails.config.Mode;

import java.util.Objects;

/** The `opening` section of the configuration: the apology-first check of public replies. */
public record OpeningConfig(Mode mode) {

    public OpeningConfig {
        Objects.requireNonNull(mode, "mode");
    }
}
