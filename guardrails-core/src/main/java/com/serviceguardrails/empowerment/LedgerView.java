package com.serviceguardrails.empowerment;

/**
 * The running totals a {@link LimitCheck} may read while the ledger holds its lock: sums of the entries that are
 * not reversed, for the agent or the customer of the entry being recorded, with the entry's action and currency.
 */
public interface LedgerView {

    /** What this agent has been approved for in {@code window} (same action and currency). */
    Money agentTotal(Window window);

    /** What this customer has been given in {@code window} (same action and currency), by any agent. */
    Money customerTotal(Window window);
}
