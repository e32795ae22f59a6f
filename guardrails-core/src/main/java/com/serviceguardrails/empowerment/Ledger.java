package com.serviceguardrails.empowerment;

import java.util.Currency;
import java.util.Optional;

/**
 * The running record of approved refunds, exchanges and credits: the port behind every running limit.
 * The core ships {@link InMemoryLedger}; the Jira plugin implements it on its database.
 *
 * <h2>Contract every implementation must keep</h2>
 * <ol>
 *   <li><b>Atomic check-and-record.</b> {@link #checkAndRecord} reads the running totals, runs the check and, if the
 *   decision is approved, records the entry, all as one indivisible step: no other record for the same agent or the
 *   same customer may happen between the read and the write, on this node or any other. A database implementation
 *   does this by taking one lock that covers every entry the check can read (for example a cluster lock on the
 *   ledger, or on the agent's and the customer's names taken in a fixed order to avoid deadlock), and by reading
 *   the totals and inserting the row in one transaction under that lock. Checking first and recording later in a
 *   separate call is not allowed: two $45 refunds decided at the same moment must not both fit a $50 limit.</li>
 *   <li><b>Exactly once per key.</b> An entry is recorded at most once per {@link EntryKey} (issue, action, request
 *   id). When the key is already present, reversed or not, the check is told about the existing entry and nothing
 *   is recorded, so retries, double clicks and replays of the same request never count twice. A database
 *   implementation backs this with a unique index on the key.</li>
 *   <li><b>Reversal.</b> {@link #reverse} marks an entry reversed (a cancelled refund); reversed entries count in no
 *   total. Reversing twice, or reversing an unknown key, changes nothing.</li>
 *   <li><b>Sums over windows.</b> Totals are the exact sum of the amounts of entries that are not reversed, with the
 *   same action and currency, whose time lies in the half-open window {@code [from, to)}.</li>
 *   <li>Failures (database down) are thrown, never turned into a zero total: a limit must not pass on missing data.</li>
 * </ol>
 */
public interface Ledger {

    /**
     * Runs {@code check} against the running totals of {@code entry}'s agent and customer and, if it approves and the
     * key is new, records {@code entry}; atomically (see the class contract). Returns the check's decision.
     */
    Decision checkAndRecord(LedgerEntry entry, LimitCheck check);

    /** Marks the entry with this key reversed. True if an entry that counted now no longer counts. */
    boolean reverse(EntryKey key);

    /** The entry recorded under {@code key}, reversed or not. */
    Optional<LedgerEntry> find(EntryKey key);

    /** Sum of an agent's non-reversed entries of this action and currency in {@code window}. */
    Money agentTotal(String agent, Action action, Currency currency, Window window);

    /** Sum of a customer's non-reversed entries of this action and currency in {@code window}. */
    Money customerTotal(String customer, Action action, Currency currency, Window window);
}
