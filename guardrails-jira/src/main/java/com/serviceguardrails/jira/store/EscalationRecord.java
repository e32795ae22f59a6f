package com.serviceguardrails.jira.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an escalation did for one comment: which rule fired, which actions ran (their names, in order), the priority
 * it raised the ticket to and the person it handed the ticket to ({@code null} when not part of the plan).
 */
public record EscalationRecord(String commentId, String issueKey, String rule, List<String> actions,
                               String raisedPriorityTo, String reassignedTo, Instant at) {
    public EscalationRecord {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(rule, "rule");
        actions = List.copyOf(actions);
        for (String action : actions) {
            if (action.contains(",")) {
                throw new IllegalArgumentException("action names hold no comma: " + action);
            }
        }
        Objects.requireNonNull(at, "at");
    }
}
