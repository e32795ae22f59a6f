package com.serviceguardrails.guidance;

import java.util.Locale;
import java.util.Optional;

/** The kinds of event the audit log keeps and the admin pages filter on. */
public enum AuditKind {
    /** An agent's public reply was checked (compliant or not); the basis of the compliance report. */
    REPLY_CHECKED,
    /** The reply guard held a reply in enforce mode. */
    BLOCK,
    /** An agent sent a held reply anyway, giving a reason. */
    OVERRIDE,
    /** A customer comment escalated the ticket. */
    ESCALATION,
    /** A lead said a finding was not abuse. */
    FALSE_POSITIVE,
    /** The admin dismissed an allow-list suggestion from leads' "not abuse" reports (detail: the suggestion). */
    SUGGESTION_DISMISSED,
    /** A refund, exchange or credit was approved and recorded in the ledger. */
    REFUND_APPROVED,
    /** A guardrail failed (exception, timeout) and let the reply or comment through. */
    FAILURE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AuditKind> fromJsonName(String name) {
        for (AuditKind kind : values()) {
            if (kind.jsonName().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
