package com.serviceguardrails.guidance;

import java.util.List;
import java.util.Objects;

/**
 * An abusive customer comment as the panel shows it: the comment cut into segments with the offending words
 * highlighted, the rules that fired, how severe it is, what the escalation did ({@code null} if nothing ran), and
 * the allow-list entries a lead's "not abuse" report would suggest.
 */
public record AbuseNotice(String commentId, List<TextSegment> segments, List<String> rules, String severity,
                          EscalationOutcome escalation, List<AllowListSuggestion> suggestions) {

    public AbuseNotice {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(severity, "severity");
        segments = List.copyOf(segments);
        rules = List.copyOf(rules);
        suggestions = List.copyOf(suggestions);
    }

    /** The allow-list entries a "not abuse" report would suggest, as {@link AllowListSuggestion#encode} writes them. */
    public String suggestedTerms() {
        return AllowListSuggestion.encode(suggestions);
    }

    public boolean escalated() {
        return escalation != null;
    }
}
