package com.atlassian.sal.api.transaction;

/**
 * Stub of SAL's transaction callback. Follows the import in
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html
 * (SAL's own page for 10.3 not seen): one method, {@code T doInTransaction()}.
 */
public interface TransactionCallback<T> {
    T doInTransaction();
}
