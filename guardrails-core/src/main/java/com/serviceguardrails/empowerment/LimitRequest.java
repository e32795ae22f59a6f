package com.serviceguardrails.empowerment;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One request to give a customer something: who asks (agent and the roles they hold, as the plugin matched
 * them), for whom, what and how much, and when. {@code issueKey}, {@code action} and {@code requestId} identify it
 * in the ledger: the same request is counted once however often it is decided.
 */
public record LimitRequest(
        String issueKey,
        String requestId,
        String agent,
        Set<String> agentRoles,
        String customer,
        Action action,
        Money amount,
        RequestFacts facts,
        Instant at) {

    /** Identifiers longer than this are refused: they come from user-editable fields. */
    public static final int MAX_ID_LENGTH = 255;

    public LimitRequest {
        issueKey = identifier("issue key", issueKey);
        requestId = identifier("request id", requestId);
        agent = identifier("agent", agent);
        customer = identifier("customer", customer);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        agentRoles = Set.copyOf(Objects.requireNonNull(agentRoles, "agentRoles"));
        facts = facts == null ? RequestFacts.NONE : facts;
    }

    /** The ledger key of this request. */
    public EntryKey key() {
        return new EntryKey(issueKey, action, requestId);
    }

    static String identifier(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(what + " is " + trimmed.length() + " characters; the limit is " + MAX_ID_LENGTH);
        }
        return trimmed;
    }
}
