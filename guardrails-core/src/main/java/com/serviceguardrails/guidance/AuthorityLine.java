package com.serviceguardrails.guidance;

import java.util.Objects;

/**
 * One line of "Your authority": what the agent may approve for one kind of action ({@code refund},
 * {@code exchange}, {@code credit}) on their own, and what is left of today's allowance. Amounts are already
 * formatted with their currency ("50.00 EUR"); {@code exhausted} is true when nothing is left today.
 */
public record AuthorityLine(String action, String perTransaction, String remainingToday, boolean exhausted) {

    public AuthorityLine {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(perTransaction, "perTransaction");
        Objects.requireNonNull(remainingToday, "remainingToday");
    }
}
