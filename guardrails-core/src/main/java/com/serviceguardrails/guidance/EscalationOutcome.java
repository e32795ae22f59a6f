package com.serviceguardrails.guidance;

import java.time.Instant;
import java.util.Objects;

/**
 * What an escalation did to a ticket, as recorded when it ran: the priority it raised the ticket to and the person
 * it handed it to ({@code null} when that action was not part of the plan), and when.
 */
public record EscalationOutcome(String raisedPriorityTo, String reassignedTo, Instant at) {

    public EscalationOutcome {
        Objects.requireNonNull(at, "at");
    }
}
