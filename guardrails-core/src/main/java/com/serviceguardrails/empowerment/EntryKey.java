package com.serviceguardrails.empowerment;

import java.util.Locale;
import java.util.Objects;

/**
 * What makes a ledger entry unique: an amount is recorded at most once per (issue, action, request id). Its text
 * form {@code SD-1/refund/r1} is at most {@link #MAX_TEXT_LENGTH} characters, so a database can index it.
 */
public record EntryKey(String issueKey, Action action, String requestId) {

    public static final int MAX_TEXT_LENGTH = 450;

    public EntryKey {
        issueKey = LimitRequest.identifier("issue key", issueKey);
        requestId = LimitRequest.identifier("request id", requestId);
        Objects.requireNonNull(action, "action");
        int length = issueKey.length() + requestId.length() + action.name().length() + 2;
        if (length > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("issue key and request id are " + length + " characters together; the limit is "
                    + MAX_TEXT_LENGTH);
        }
    }

    @Override
    public String toString() {
        return issueKey + "/" + action.name().toLowerCase(Locale.ROOT) + "/" + requestId;
    }
}
