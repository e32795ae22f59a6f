package com.serviceguardrails.cli.backtest;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one configuration would have done to an export: input totals, then totals per guardrail, agent, week and
 * rule, example hits to read, and the input problems met. Maps keep their display order (largest first; weeks in
 * time order). Immutable.
 */
public record BacktestResult(
        String configuration,
        Totals totals,
        List<GuardrailTotal> guardrails,
        Map<String, Map<String, Long>> byAgent,
        Map<String, Map<String, Long>> byWeek,
        List<RuleTotal> rules,
        List<Hit> examples,
        List<InputProblem> problems) {

    /** What was read, and what was skipped and why ({@code skipped} counts every problem by reason). */
    public record Totals(long tickets, long comments, long customerComments, long agentReplies, long internalNotes,
                         Map<InputProblem.Reason, Long> skipped) {
        public Totals {
            skipped = Map.copyOf(skipped);
        }

        public long skippedTotal() {
            return skipped.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One guardrail: its mode, how many times it would have acted, on how many tickets, and how (per action). */
    public record GuardrailTotal(String name, String mode, long hits, long tickets, Map<String, Long> byAction) {
        public GuardrailTotal {
            byAction = Map.copyOf(byAction);
        }
    }

    /** One rule of one guardrail and how often it fired. */
    public record RuleTotal(String guardrail, String rule, long hits) {
    }

    public BacktestResult {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(totals, "totals");
        guardrails = List.copyOf(guardrails);
        rules = List.copyOf(rules);
        examples = List.copyOf(examples);
        problems = List.copyOf(problems);
    }

    /** Hits of one guardrail, 0 when it did not run. */
    public long hits(String guardrail) {
        return guardrails.stream().filter(g -> g.name().equals(guardrail)).mapToLong(GuardrailTotal::hits).sum();
    }
}
