package com.serviceguardrails.empowerment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link Ledger} in this JVM's memory, for the CLI, the backtest and tests. One lock guards everything, which
 * makes check-and-record atomic by construction. Entries are indexed by (agent or customer, action, currency) and
 * time, so a total costs a walk over the entries in its window only, however large the ledger grows.
 */
public final class InMemoryLedger implements Ledger {

    /** One recorded entry; replaced in place when reversed so both indexes see it. */
    private static final class Slot {
        LedgerEntry entry;

        Slot(LedgerEntry entry) {
            this.entry = entry;
        }
    }

    private record Party(String name, Action action, Currency currency) {
    }

    private final Object lock = new Object();
    private final Map<EntryKey, Slot> byKey = new LinkedHashMap<>();
    private final Map<Party, NavigableMap<Instant, List<Slot>>> byAgent = new HashMap<>();
    private final Map<Party, NavigableMap<Instant, List<Slot>>> byCustomer = new HashMap<>();

    @Override
    public Decision checkAndRecord(LedgerEntry entry, LimitCheck check) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(check, "check");
        synchronized (lock) {
            Slot existing = byKey.get(entry.key());
            Currency currency = entry.amount().currency();
            Action action = entry.key().action();
            LedgerView view = new LedgerView() {
                @Override
                public Money agentTotal(Window window) {
                    return sum(byAgent, new Party(entry.agent(), action, currency), currency, window);
                }

                @Override
                public Money customerTotal(Window window) {
                    return sum(byCustomer, new Party(entry.customer(), action, currency), currency, window);
                }
            };
            Decision decision = Objects.requireNonNull(
                    check.decide(view, Optional.ofNullable(existing).map(s -> s.entry)), "decision");
            if (existing == null && decision.isApproved() && !entry.reversed()) {
                add(entry);
            }
            return decision;
        }
    }

    /**
     * Puts an entry as it was recorded elsewhere (loading a ledger file, seeding a benchmark), without a check.
     * False when the key is already present: nothing is recorded twice.
     */
    public boolean load(LedgerEntry entry) {
        synchronized (lock) {
            if (byKey.containsKey(entry.key())) {
                return false;
            }
            add(entry);
            return true;
        }
    }

    @Override
    public boolean reverse(EntryKey key) {
        synchronized (lock) {
            Slot slot = byKey.get(key);
            if (slot == null || slot.entry.reversed()) {
                return false;
            }
            slot.entry = slot.entry.asReversed();
            return true;
        }
    }

    @Override
    public Optional<LedgerEntry> find(EntryKey key) {
        synchronized (lock) {
            return Optional.ofNullable(byKey.get(key)).map(s -> s.entry);
        }
    }

    /** Every entry, reversed ones included, in the order they were recorded. */
    public List<LedgerEntry> entries() {
        synchronized (lock) {
            return byKey.values().stream().map(s -> s.entry).toList();
        }
    }

    public int size() {
        synchronized (lock) {
            return byKey.size();
        }
    }

    @Override
    public Money agentTotal(String agent, Action action, Currency currency, Window window) {
        synchronized (lock) {
            return sum(byAgent, new Party(agent, action, currency), currency, window);
        }
    }

    @Override
    public Money customerTotal(String customer, Action action, Currency currency, Window window) {
        synchronized (lock) {
            return sum(byCustomer, new Party(customer, action, currency), currency, window);
        }
    }

    private void add(LedgerEntry entry) {
        Slot slot = new Slot(entry);
        byKey.put(entry.key(), slot);
        Currency currency = entry.amount().currency();
        index(byAgent, new Party(entry.agent(), entry.key().action(), currency), slot);
        index(byCustomer, new Party(entry.customer(), entry.key().action(), currency), slot);
    }

    private static void index(Map<Party, NavigableMap<Instant, List<Slot>>> index, Party party, Slot slot) {
        index.computeIfAbsent(party, p -> new TreeMap<>())
                .computeIfAbsent(slot.entry.at(), t -> new ArrayList<>(1))
                .add(slot);
    }

    private static Money sum(Map<Party, NavigableMap<Instant, List<Slot>>> index, Party party,
                             Currency currency, Window window) {
        NavigableMap<Instant, List<Slot>> timeline = index.get(party);
        BigDecimal total = BigDecimal.ZERO;
        if (timeline != null) {
            for (List<Slot> slots : timeline.subMap(window.from(), true, window.to(), false).values()) {
                for (Slot slot : slots) {
                    if (!slot.entry.reversed()) {
                        total = total.add(slot.entry.amount().amount());
                    }
                }
            }
        }
        return new Money(total, currency);
    }
}
