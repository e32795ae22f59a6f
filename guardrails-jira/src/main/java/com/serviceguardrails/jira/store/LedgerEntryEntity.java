package com.serviceguardrails.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One approved refund, exchange or credit. {@code ENTRY_KEY}, the SHA-256 of issue/action/request id, is unique, so
 * the database itself refuses a second record of the same request. Amounts are exact: the plain decimal string at the currency's
 * scale ("49.90"), never a floating-point column. Times are epoch milliseconds.
 */
@Table("LEDGER")
public interface LedgerEntryEntity extends Entity {
    @NotNull
    @Unique
    @StringLength(64)
    String getEntryKey();

    void setEntryKey(String entryKey);

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    String getAction();

    void setAction(String action);

    @NotNull
    @StringLength(255)
    String getRequestId();

    void setRequestId(String requestId);

    @NotNull
    @Indexed
    String getAgent();

    void setAgent(String agent);

    @NotNull
    @Indexed
    String getCustomer();

    void setCustomer(String customer);

    @NotNull
    String getAmount();

    void setAmount(String amount);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);

    @NotNull
    @Indexed
    Long getAtMillis();

    void setAtMillis(Long atMillis);

    @NotNull
    boolean isReversed();

    void setReversed(boolean reversed);
}
