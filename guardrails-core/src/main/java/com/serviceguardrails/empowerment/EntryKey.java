package com.serviceguardrails.empowerment;

import java.util.Objects;

/** What makes a ledger entry unique: an amount is recorded at most once per (issue, action, request id). */
public record EntryKey(String issueKey, Action action, String requestId) {

    public EntryKey {
        issueKey = LimitRequest.identifier("issue key", issueKey);
        requestId = LimitRequest.identifier("request id", requestId);
        Objects.requireNonNull(action, "action");
    }

    @Override
    public String toString() {
        return issueKey + "/" + action.name().toLowerCase(java.util.Locale.ROOT) + "/" + requestId;
    }
}
