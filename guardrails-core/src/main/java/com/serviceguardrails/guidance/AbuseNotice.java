package com.serviceguardrails.guidance;

import java.util.List;
import java.util.Objects;

/**
 * An abusive customer comment as the panel shows it: the comment cut into segments with the offending words
 * highlighted, the rules that fired, how severe it is, and what the escalation did ({@code null} if nothing ran).
 */
public record AbuseNotice(String commentId, List<TextSegment> segments, List<String> rules, String severity,
                          EscalationOutcome escalation) {

    public AbuseNotice {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(severity, "severity");
        segments = List.copyOf(segments);
        rules = List.copyOf(rules);
    }

    public boolean escalated() {
        return escalation != null;
    }
}
