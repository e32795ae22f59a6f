package com.atlassian.sal.api.transaction;

/**
 * Stub of SAL's transaction callback. One method, {@code T doInTransaction()}. SAL's own 2.0.16 page declares it raw
 * ({@code Object doInTransaction()}, the same erasure):
 * https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html ; the
 * generic form is used by AO 2.0.1:
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/internal/TransactionManager.html .
 * The SAL in Jira 10.3 not seen.
 */
public interface TransactionCallback<T> {
    T doInTransaction();
}
