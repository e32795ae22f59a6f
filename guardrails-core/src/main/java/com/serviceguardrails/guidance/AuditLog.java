package com.serviceguardrails.guidance;

import java.util.List;

/** Where audit records are kept (Active Objects in Jira). Implementations are safe across cluster nodes. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Matching records, newest first, at most {@code limit}. */
    List<AuditEntry> find(AuditFilter filter, int limit);
}
