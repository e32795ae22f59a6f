package com.serviceguardrails.escalation;

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
}
