package com.serviceguardrails.guidance;

/**
 * What the opening check said about a reply: whether it opens compliantly, why not ({@code reason}, a short
 * machine-readable code such as {@code non_apology}; {@code null} when compliant), and the opener to suggest.
 */
public record OpeningJudgement(boolean compliant, String reason, String suggestedOpener) {
}
