package com.serviceguardrails.guidance;

import com.serviceguardrails.empowerment.Authority;
import com.serviceguardrails.empowerment.Money;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of "Your authority": what the agent may approve for one kind of action ({@code refund},
 * {@code exchange}, {@code credit}) on their own, and what is left of today's allowance. Amounts are already
 * formatted with their currency ("50.00 EUR"), {@value #NO_LIMIT} when there is no limit of that kind;
 * {@code exhausted} is true when nothing is left today.
 */
public record AuthorityLine(String action, String perTransaction, String remainingToday, boolean exhausted) {

    /** Shown for a limit that does not exist (the role has no cap of that kind). */
    public static final String NO_LIMIT = "\u2014";

    public AuthorityLine {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(perTransaction, "perTransaction");
        Objects.requireNonNull(remainingToday, "remainingToday");
    }

    /** The line for one of the empowerment policy's {@link Authority} answers. */
    public static AuthorityLine from(Authority authority) {
        return new AuthorityLine(authority.action().name().toLowerCase(Locale.ROOT),
                authority.perTransaction().map(Money::toString).orElse(NO_LIMIT),
                authority.remainingToday().map(Money::toString).orElse(NO_LIMIT),
                authority.exhausted());
    }
}
