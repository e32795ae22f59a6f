package com.serviceguardrails.empowerment;

import java.time.Instant;
import java.util.Objects;

/**
 * An approved amount as the ledger holds it. {@code reversed} entries (cancelled refunds) stay in the ledger
 * for the record, keep their key, and count in no total.
 */
public record LedgerEntry(EntryKey key, String agent, String customer, Money amount, Instant at, boolean reversed) {

    public LedgerEntry {
        Objects.requireNonNull(key, "key");
        agent = LimitRequest.identifier("agent", agent);
        customer = LimitRequest.identifier("customer", customer);
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
    }

    /** The entry a request would make once approved. */
    public static LedgerEntry of(LimitRequest request) {
        return new LedgerEntry(request.key(), request.agent(), request.customer(), request.amount(), request.at(), false);
    }

    public LedgerEntry asReversed() {
        return new LedgerEntry(key, agent, customer, amount, at, true);
    }
}
