package com.serviceguardrails.escalation;

import com.serviceguardrails.config.Mode;

import java.util.Objects;

/** The `escalation` section of the configuration: what happens when abuse is found. */
public record EscalationConfig(Mode mode) {

    public EscalationConfig {
        Objects.requireNonNull(mode, "mode");
    }
}
