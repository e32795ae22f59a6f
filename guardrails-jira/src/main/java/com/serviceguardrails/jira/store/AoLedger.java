package com.serviceguardrails.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.serviceguardrails.empowerment.Action;
import com.serviceguardrails.empowerment.Decision;
import com.serviceguardrails.empowerment.EntryKey;
import com.serviceguardrails.empowerment.Ledger;
import com.serviceguardrails.empowerment.LedgerEntry;
import com.serviceguardrails.empowerment.LedgerView;
import com.serviceguardrails.empowerment.LimitCheck;
import com.serviceguardrails.empowerment.Money;
import com.serviceguardrails.empowerment.Window;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Currency;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The core's {@link Ledger} on Active Objects, for Jira Data Center.
 *
 * <p>Check-and-record is atomic across nodes: one cluster lock for the whole ledger is held while the totals are
 * read, the check runs and the row is inserted, all in one transaction. One lock (rather than one per agent and
 * customer) keeps it simple and deadlock-free; refunds are decided a few times a minute, not thousands.
 * A unique index on the entry key (a SHA-256 of issue/action/request id) makes the database itself refuse a
 * second row for the same request, should anything bypass the lock. Failures are thrown, never read as zero.
 *
 * <p>Times are stored in epoch milliseconds (Jira's own precision); an entry's time is cut to the millisecond.
 */
public class AoLedger implements Ledger {
    static final String LOCK_NAME = "com.serviceguardrails.jira.ledger";

    private final ActiveObjects ao;
    private final ClusterLockService lockService;

    public AoLedger(ActiveObjects ao, ClusterLockService lockService) {
        this.ao = ao;
        this.lockService = lockService;
    }

    @Override
    public Decision checkAndRecord(LedgerEntry entry, LimitCheck check) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(check, "check");
        return underLock(() -> ao.executeInTransaction(() -> {
            Optional<LedgerEntry> existing = find(entry.key());
            Action action = entry.key().action();
            Currency currency = entry.amount().currency();
            LedgerView totals = new LedgerView() {
                @Override
                public Money agentTotal(Window window) {
                    return AoLedger.this.agentTotal(entry.agent(), action, currency, window);
                }

                @Override
                public Money customerTotal(Window window) {
                    return AoLedger.this.customerTotal(entry.customer(), action, currency, window);
                }
            };
            Decision decision = Objects.requireNonNull(check.decide(totals, existing), "decision");
            if (existing.isEmpty() && decision.isApproved() && !entry.reversed()) {
                insert(entry);
            }
            return decision;
        }));
    }

    @Override
    public boolean reverse(EntryKey key) {
        return underLock(() -> ao.executeInTransaction(() -> {
            LedgerEntryEntity row = row(key);
            if (row == null || row.isReversed()) {
                return false;
            }
            row.setReversed(true);
            row.save();
            return true;
        }));
    }

    @Override
    public Optional<LedgerEntry> find(EntryKey key) {
        return Optional.ofNullable(row(key)).map(AoLedger::entry);
    }

    @Override
    public Money agentTotal(String agent, Action action, Currency currency, Window window) {
        return total("AGENT", agent, action, currency, window);
    }

    @Override
    public Money customerTotal(String customer, Action action, Currency currency, Window window) {
        return total("CUSTOMER", customer, action, currency, window);
    }

    private Money total(String partyColumn, String party, Action action, Currency currency, Window window) {
        Query query = Query.select().where(partyColumn + " = ? AND ACTION = ? AND CURRENCY = ? AND AT_MILLIS >= ? AND AT_MILLIS < ?",
                party, action.name(), currency.getCurrencyCode(), MillisWindow.ceilMillis(window.from()),
                MillisWindow.ceilMillis(window.to()));
        BigDecimal sum = BigDecimal.ZERO;
        for (LedgerEntryEntity row : ao.find(LedgerEntryEntity.class, query)) {
            if (!row.isReversed()) {
                sum = sum.add(new BigDecimal(row.getAmount()));
            }
        }
        return new Money(sum, currency);
    }

    private void insert(LedgerEntry entry) {
        EntryKey key = entry.key();
        ao.create(LedgerEntryEntity.class,
                new DBParam("ENTRY_KEY", digest(key)),
                new DBParam("ISSUE_KEY", key.issueKey()),
                new DBParam("ACTION", key.action().name()),
                new DBParam("REQUEST_ID", key.requestId()),
                new DBParam("AGENT", entry.agent()),
                new DBParam("CUSTOMER", entry.customer()),
                new DBParam("AMOUNT", entry.amount().amount().toPlainString()),
                new DBParam("CURRENCY", entry.amount().currency().getCurrencyCode()),
                new DBParam("AT_MILLIS", entry.at().toEpochMilli()),
                new DBParam("REVERSED", false));
    }

    private LedgerEntryEntity row(EntryKey key) {
        LedgerEntryEntity[] rows = ao.find(LedgerEntryEntity.class, Query.select().where("ENTRY_KEY = ?", digest(key)));
        for (LedgerEntryEntity row : rows) {
            // the digest is the index; the parts are the truth
            if (row.getIssueKey().equals(key.issueKey()) && row.getAction().equals(key.action().name())
                    && row.getRequestId().equals(key.requestId())) {
                return row;
            }
        }
        return null;
    }

    private static LedgerEntry entry(LedgerEntryEntity row) {
        EntryKey key = new EntryKey(row.getIssueKey(), Action.valueOf(row.getAction()), row.getRequestId());
        Money amount = Money.of(new BigDecimal(row.getAmount()), row.getCurrency());
        return new LedgerEntry(key, row.getAgent(), row.getCustomer(), amount, Instant.ofEpochMilli(row.getAtMillis()),
                row.isReversed());
    }

    /** Fixed-length key for the unique index: the parts may be up to 255 characters each. */
    static String digest(EntryKey key) {
        String text = key.issueKey() + "\n" + key.action().name().toLowerCase(Locale.ROOT) + "\n" + key.requestId();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private <T> T underLock(java.util.function.Supplier<T> work) {
        ClusterLock lock = lockService.getLockForName(LOCK_NAME);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
