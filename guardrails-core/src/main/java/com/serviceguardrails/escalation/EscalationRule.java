package com.serviceguardrails.escalation;

import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.abuse.Category;
import com.serviceguardrails.abuse.Severity;
import com.serviceguardrails.abuse.Target;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When an abusive comment escalates, and what it does. Only verdicts that are {@code abusive} (aimed at people)
 * escalate; swearing at a situation never does.
 *
 * @param name      shown in plans and notes
 * @param when      conditions that must all hold
 * @param then      what to do
 */
public record EscalationRule(String name, Condition when, Response then) {

    public EscalationRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(then, "then");
    }

    /**
     * @param author             whose comments the rule is for; empty means anyone
     * @param minSeverity        the verdict's severity must be at least this
     * @param targets            the verdict's target must be one of these; empty means any
     * @param categories         the verdict must have one of these categories; empty means any
     * @param minEarlierOffences earlier abusive comments by the same author within the repeat window needed
     *                           (0 = first offence is enough; 2 = third offence within the window)
     */
    public record Condition(Optional<AuthorRole> author, Severity minSeverity, Set<Target> targets,
                            Set<Category> categories, int minEarlierOffences) {
        public Condition {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(minSeverity, "minSeverity");
            targets = Set.copyOf(targets);
            categories = Set.copyOf(categories);
            if (minEarlierOffences < 0) {
                throw new IllegalArgumentException("minEarlierOffences must not be negative");
            }
        }
    }

    /**
     * @param raisePriority         raise to at least this priority
     * @param reassignTo            hand the ticket to this user or role
     * @param addWatchers           users to add as watchers
     * @param addLabels             labels to add
     * @param noteTemplate          message key of an internal note to add
     * @param webhooks              names of configured webhooks to notify
     * @param notifyLeadForCoaching for agents' comments: tell the agent's lead
     */
    public record Response(Optional<String> raisePriority, Optional<EscalationAction.Reassign> reassignTo,
                           List<String> addWatchers, List<String> addLabels, Optional<String> noteTemplate,
                           List<String> webhooks, boolean notifyLeadForCoaching) {
        public Response {
            Objects.requireNonNull(raisePriority, "raisePriority");
            Objects.requireNonNull(reassignTo, "reassignTo");
            addWatchers = List.copyOf(addWatchers);
            addLabels = List.copyOf(addLabels);
            Objects.requireNonNull(noteTemplate, "noteTemplate");
            webhooks = List.copyOf(webhooks);
        }
    }
}
