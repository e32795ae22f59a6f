package com.serviceguardrails.guidance;

import com.serviceguardrails.abuse.Finding;

import java.util.List;
import java.util.Objects;

/**
 * The reply guard's answer for one reply: the action, the opening judgement ({@code null} when not checked), the
 * tone findings (empty when clean or not checked), the language judged, and {@code degraded} when a check failed
 * and was skipped.
 */
public record ReplyCheck(ReplyAction action, String language, OpeningJudgement opening, List<Finding> toneFindings,
                         boolean degraded) {

    public ReplyCheck {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(language, "language");
        toneFindings = List.copyOf(toneFindings);
    }
}
