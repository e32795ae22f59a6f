package com.serviceguardrails.escalation;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What the ticket looks like now, as far as escalation cares; the plugin reads it from the issue. */
public record TicketState(Optional<String> priority, Optional<String> assignee, Set<String> labels, Set<String> watchers) {

    public TicketState {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(assignee, "assignee");
        labels = Set.copyOf(labels);
        watchers = Set.copyOf(watchers);
    }

    /**
     * The ticket after the plan's state-changing actions, as the plugin leaves it: for replaying a thread (CLI,
     * backtest). A reassignment to a role is shown as the role's name, since only Jira knows who that is.
     */
    public TicketState after(EscalationPlan plan) {
        Optional<String> newPriority = priority;
        Optional<String> newAssignee = assignee;
        Set<String> newLabels = new LinkedHashSet<>(labels);
        Set<String> newWatchers = new LinkedHashSet<>(watchers);
        for (EscalationAction action : plan.actions()) {
            if (action instanceof EscalationAction.RaisePriority raise) {
                newPriority = Optional.of(raise.priority());
            } else if (action instanceof EscalationAction.Reassign reassign) {
                newAssignee = Optional.of(reassign.name());
            } else if (action instanceof EscalationAction.AddLabel label) {
                newLabels.add(label.label());
            } else if (action instanceof EscalationAction.AddWatchers add) {
                newWatchers.addAll(add.users());
            }
        }
        return new TicketState(newPriority, newAssignee, newLabels, newWatchers);
    }
}
