package com.serviceguardrails.guidance;

import java.util.Objects;

/**
 * One comment on a ticket as the guidance needs it: its text, whether the customer wrote it, and whether it is
 * public. Internal notes between agents never count as a reply to the customer.
 */
public record ThreadMessage(String id, String text, boolean byCustomer, boolean isPublic) {

    public ThreadMessage {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
    }

    /** A public reply an agent sent to the customer. */
    public boolean isAgentReply() {
        return !byCustomer && isPublic;
    }
}
