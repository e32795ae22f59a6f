package com.serviceguardrails.abuse;

import com.serviceguardrails.config.Mode;

import java.util.Objects;

/** The `abuse` section of the configuration: abuse detection on customer comments and agent replies. */
public record AbuseConfig(Mode mode) {

    public AbuseConfig {
        Objects.requireNonNull(mode, "mode");
    }
}
