package com.serviceguardrails.escalation;

import java.util.List;
import java.util.Objects;

/**
 * What to do about one comment: actions in the order to apply them, each needed (nothing the ticket already has,
 * nothing an earlier escalation already did). Applying a plan twice leaves the ticket as applying it once; an
 * empty plan means do nothing. The plugin executes it and keeps it as history for the next comment.
 *
 * @param rules the names of the rules that matched
 */
public record EscalationPlan(String issueKey, String commentId, List<String> rules, List<EscalationAction> actions) {

    public EscalationPlan {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(commentId, "commentId");
        rules = List.copyOf(rules);
        actions = List.copyOf(actions);
    }

    public static EscalationPlan none(String issueKey, String commentId) {
        return new EscalationPlan(issueKey, commentId, List.of(), List.of());
    }

    public boolean isEmpty() {
        return actions.isEmpty();
    }
}
