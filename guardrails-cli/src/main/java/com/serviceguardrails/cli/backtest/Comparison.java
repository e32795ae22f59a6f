package com.serviceguardrails.cli.backtest;

import java.util.List;
import java.util.Map;

/**
 * What changes from one configuration to another on the same tickets: per guardrail, how many comments (or tickets,
 * for ticket-level guardrails) the other configuration newly flags and how many it no longer flags, with examples.
 */
public record Comparison(String baseline, String candidate, List<Change> changes, List<Example> examples) {

    /** Per guardrail: hits only the candidate has ({@code added}) and hits only the baseline has ({@code removed}). */
    public record Change(String guardrail, long added, long removed) {
    }

    /** A hit present in one configuration only; {@code added} when it is the candidate's. */
    public record Example(boolean added, Hit hit) {
    }

    public Comparison {
        changes = List.copyOf(changes);
        examples = List.copyOf(examples);
    }

    static Comparison of(String baseline, String candidate, Map<String, long[]> counts, List<Example> examples) {
        List<Change> changes = counts.entrySet().stream()
                .map(e -> new Change(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
        return new Comparison(baseline, candidate, changes, examples);
    }
}
