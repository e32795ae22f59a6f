package com.serviceguardrails.empowerment;

import java.util.Objects;
import java.util.Optional;

/**
 * What an agent may give on their own for one action in one currency, now: the most generous of their roles'
 * limits and what is left of their day. Empty optionals mean "no limit of that kind". For the agent panel.
 */
public record Authority(Action action, String role, Optional<Money> perTransaction, Optional<Money> remainingToday) {

    public Authority {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(perTransaction, "perTransaction");
        Objects.requireNonNull(remainingToday, "remainingToday");
    }

    /** True when nothing is left of today's allowance. */
    public boolean exhausted() {
        return remainingToday.map(Money::isZero).orElse(false);
    }
}
