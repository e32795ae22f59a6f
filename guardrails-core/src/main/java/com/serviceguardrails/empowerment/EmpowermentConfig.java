package com.serviceguardrails.empowerment;

import com.serviceguardrails.config.Mode;

import java.util.Objects;

/** The `empowerment` section of the configuration: refund, exchange and credit limits by role. */
public record EmpowermentConfig(Mode mode) {

    public EmpowermentConfig {
        Objects.requireNonNull(mode, "mode");
    }
}
