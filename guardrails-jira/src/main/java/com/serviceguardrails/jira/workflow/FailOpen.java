package com.serviceguardrails.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditKind;
import com.serviceguardrails.guidance.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Runs a guardrail so that its failure never stops Jira: the exception is logged and recorded as a
 * {@link AuditKind#FAILURE}, and the fallback (let the comment or transition through) is returned.
 */
public class FailOpen {
    private static final Logger LOG = LoggerFactory.getLogger(FailOpen.class);

    private final AuditLog audit;
    private final Clock clock;

    public FailOpen(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** The key of the user Jira says is acting, or "" when there is none or Jira cannot say. */
    public static String userKey(Supplier<ApplicationUser> user) {
        try {
            ApplicationUser current = user.get();
            return current == null ? "" : current.getKey();
        } catch (RuntimeException e) {
            LOG.warn("Service Guardrails: could not tell the acting user: {}", e.toString());
            return "";
        }
    }

    public <T> T run(String guardrail, String user, String issueKey, Supplier<T> work, T fallback) {
        try {
            return work.get();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Service Guardrails: {} failed on {} and let it through", guardrail, issueKey, e);
            try {
                audit.record(AuditEntry.of(clock.instant(), AuditKind.FAILURE, user == null ? "" : user, issueKey,
                        guardrail + ": " + e));
            } catch (RuntimeException recordFailure) {
                LOG.error("Service Guardrails: could not record the failure", recordFailure);
            }
            return fallback;
        }
    }
}
