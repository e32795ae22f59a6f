package com.serviceguardrails.guidance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One audit record. {@code user} is the agent concerned (the replier, the overrider, the lead reporting a false
 * positive, the ticket's assignee for an escalation); {@code detail} is the override reason, the rule that fired or
 * the failure. {@code compliant} is set for {@link AuditKind#REPLY_CHECKED}; {@code amount} and {@code agentLimit}
 * for {@link AuditKind#REFUND_APPROVED} ({@code agentLimit} is the approving agent's own per-refund limit).
 */
public record AuditEntry(Instant at, AuditKind kind, String user, String issueKey, String detail,
                         Boolean compliant, BigDecimal amount, BigDecimal agentLimit, String currency) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(user, "user");
        issueKey = issueKey == null ? "" : issueKey;
        detail = detail == null ? "" : detail;
    }

    /** An event with no verdict or money attached (block, override, escalation, false positive, failure). */
    public static AuditEntry of(Instant at, AuditKind kind, String user, String issueKey, String detail) {
        return new AuditEntry(at, kind, user, issueKey, detail, null, null, null, null);
    }

    public static AuditEntry replyChecked(Instant at, String user, String issueKey, boolean compliant) {
        return new AuditEntry(at, AuditKind.REPLY_CHECKED, user, issueKey, "", compliant, null, null, null);
    }

    public static AuditEntry refundApproved(Instant at, String user, String issueKey, BigDecimal amount,
                                            BigDecimal agentLimit, String currency) {
        return new AuditEntry(at, AuditKind.REFUND_APPROVED, user, issueKey, "", null, amount, agentLimit, currency);
    }

    /** True for an approval above the approver's own limit (it needed a higher role). */
    public boolean aboveAgentLimit() {
        return amount != null && agentLimit != null && amount.compareTo(agentLimit) > 0;
    }
}
