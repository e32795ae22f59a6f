package com.serviceguardrails.escalation;

import com.serviceguardrails.config.Mode;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The `escalation` section of the configuration: what happens when abuse is found.
 *
 * @param priorities       Jira priority names from lowest to highest; "raise to at least" compares in this order
 * @param repeatWindowDays how far back earlier offences by the same author count for repeat-offence rules
 * @param webhooks         admin-configured webhook endpoints by name; nothing leaves the instance otherwise
 * @param rules            tried in order; every matching rule contributes its actions
 */
public record EscalationConfig(
        Mode mode,
        List<String> priorities,
        int repeatWindowDays,
        Map<String, URI> webhooks,
        List<EscalationRule> rules) {

    public static final int DEFAULT_REPEAT_WINDOW_DAYS = 30;

    public EscalationConfig {
        Objects.requireNonNull(mode, "mode");
        priorities = List.copyOf(priorities);
        webhooks = Collections.unmodifiableMap(new LinkedHashMap<>(webhooks));
        rules = List.copyOf(rules);
        if (repeatWindowDays < 1) {
            throw new IllegalArgumentException("repeatWindowDays must be at least 1, found " + repeatWindowDays);
        }
    }

    /** Only a mode: Jira's default priorities, no webhooks, no rules. */
    public EscalationConfig(Mode mode) {
        this(mode, List.of("Lowest", "Low", "Medium", "High", "Highest"), DEFAULT_REPEAT_WINDOW_DAYS, Map.of(), List.of());
    }

    /**
     * Whether the plugin carries plans out on the ticket. In {@code enforce} it does; in {@code advise} it records
     * the plan and shows it to agents without touching the ticket; in {@code off} there are no plans. Escalation
     * never blocks a comment in any mode.
     */
    public boolean executesPlans() {
        return mode == Mode.ENFORCE;
    }

    /** Position of a priority in the configured order, or -1 if it is not configured. */
    public int priorityRank(String priority) {
        return priority == null ? -1 : priorities.indexOf(priority);
    }
}
