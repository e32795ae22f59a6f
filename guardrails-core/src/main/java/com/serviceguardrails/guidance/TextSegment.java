package com.serviceguardrails.guidance;

import java.util.Objects;

/**
 * A piece of a message for display: plain text, or words a finding points at ({@code rule} names the rule or
 * lexicon entry that fired, {@code null} for plain text). Templates escape {@code text} like any user string and
 * wrap highlighted pieces in a mark, so no HTML is ever built from customer text.
 */
public record TextSegment(String text, String rule) {

    public TextSegment {
        Objects.requireNonNull(text, "text");
    }

    public boolean highlighted() {
        return rule != null;
    }
}
