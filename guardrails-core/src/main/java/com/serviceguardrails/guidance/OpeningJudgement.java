package com.serviceguardrails.guidance;

/**
 * What the opening check said about a reply: whether it opens compliantly, why not ({@code reason}, a short code such
 * as {@code non_apology}, and {@code explanation}, the reason worded for people; both {@code null} when compliant),
 * and the opener to suggest.
 */
public record OpeningJudgement(boolean compliant, String reason, String explanation, String suggestedOpener) {
}
