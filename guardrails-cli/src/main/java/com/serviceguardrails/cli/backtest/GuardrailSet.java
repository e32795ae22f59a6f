package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.config.GuardrailsConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The guardrails one configuration runs in a backtest, each an adapter over a core engine built from that
 * configuration, plus the custom fields they read from issues.
 */
public record GuardrailSet(String name, List<Guardrail> guardrails, Set<String> customFields) {

    public GuardrailSet {
        guardrails = List.copyOf(guardrails);
        customFields = Set.copyOf(customFields);
    }

    /** Every guardrail of {@code config}, as the app would run them. */
    public static GuardrailSet of(String name, GuardrailsConfig config) {
        List<Guardrail> guardrails = new ArrayList<>();
        Set<String> fields = new TreeSet<>();
        return new GuardrailSet(name, guardrails, fields);
    }
}
