package com.serviceguardrails.guidance;

import java.time.Instant;
import java.util.Set;

/**
 * Which audit records to list: kinds (empty = all), one user ({@code null} = all), an issue key ({@code null} = all),
 * and a time window {@code [from, to)} ({@code null} ends are open).
 */
public record AuditFilter(Set<AuditKind> kinds, String user, String issueKey, Instant from, Instant to) {

    public AuditFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public static AuditFilter all() {
        return new AuditFilter(Set.of(), null, null, null, null);
    }

    public boolean matches(AuditEntry entry) {
        return (kinds.isEmpty() || kinds.contains(entry.kind()))
                && (user == null || user.equals(entry.user()))
                && (issueKey == null || issueKey.equalsIgnoreCase(entry.issueKey()))
                && (from == null || !entry.at().isBefore(from))
                && (to == null || entry.at().isBefore(to));
    }
}
