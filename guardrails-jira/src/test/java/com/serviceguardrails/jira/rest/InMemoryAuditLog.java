package com.serviceguardrails.jira.rest;

import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditFilter;
import com.serviceguardrails.guidance.AuditLog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An audit log in memory, for tests and the browser harness. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> find(AuditFilter filter, int limit) {
        return entries.stream().filter(filter::matches).sorted(Comparator.comparing(AuditEntry::at).reversed()).limit(limit).toList();
    }

    public synchronized List<AuditEntry> all() {
        return new ArrayList<>(entries);
    }
}
