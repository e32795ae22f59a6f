package com.serviceguardrails.empowerment;

import java.util.Optional;

/**
 * The decision a {@link Ledger} runs inside its atomic check-and-record. It reads running totals only through the
 * view it is given and must not call the ledger itself (the lock is held). It is pure: same totals, same decision.
 */
@FunctionalInterface
public interface LimitCheck {

    /**
     * @param totals   running totals as of the moment of recording
     * @param existing the entry already recorded under the same key, if any (then nothing will be recorded)
     */
    Decision decide(LedgerView totals, Optional<LedgerEntry> existing);
}
