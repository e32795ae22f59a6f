package com.serviceguardrails.jira.rest;

import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.jira.settings.GuardrailsSettingsStore;

import java.util.function.Supplier;

/**
 * The configuration in force, read from the settings store on every call: the store lives in the database, so a
 * save on one cluster node is seen by all. The engines built from it are cached by {@code Judges} per value.
 */
public class ConfigInForce implements Supplier<GuardrailsConfig> {

    private final GuardrailsSettingsStore store;

    public ConfigInForce(GuardrailsSettingsStore store) {
        this.store = store;
    }

    @Override
    public GuardrailsConfig get() {
        return store.current();
    }
}
