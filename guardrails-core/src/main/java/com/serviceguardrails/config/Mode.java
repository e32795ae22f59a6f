package com.serviceguardrails.config;

import java.util.Locale;

/** How a guardrail acts on what it finds. Every guardrail has one. */
public enum Mode {
    /** The guardrail does nothing. */
    OFF,
    /** Shows guidance and records what it finds; never blocks. */
    ADVISE,
    /** Blocks with a translated message that says how to comply. */
    ENFORCE;

    /** The name used in configuration JSON: {@code off}, {@code advise}, {@code enforce}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isActive() {
        return this != OFF;
    }
}
