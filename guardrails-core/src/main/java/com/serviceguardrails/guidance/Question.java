package com.serviceguardrails.guidance;

import java.util.Objects;

/**
 * A question the customer asked: its text as written (trimmed), the message it is in, and its span
 * {@code [start, end)} in that message's text, so it can be shown or highlighted in place.
 */
public record Question(String text, String messageId, int start, int end) {

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(messageId, "messageId");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
