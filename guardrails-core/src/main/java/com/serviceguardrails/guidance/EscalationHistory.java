package com.serviceguardrails.guidance;

import java.util.Optional;

/** What the escalation did for a comment, as recorded in the plugin's storage. */
@FunctionalInterface
public interface EscalationHistory {

    Optional<EscalationOutcome> forComment(String commentId);

    EscalationHistory NONE = commentId -> Optional.empty();
}
