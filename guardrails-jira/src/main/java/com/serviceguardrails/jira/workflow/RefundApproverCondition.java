package com.serviceguardrails.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import com.serviceguardrails.empowerment.LimitRequest;
import com.serviceguardrails.guidance.AuditLog;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow condition: in enforce mode, hides the approve transition from users the core's policy would not let
 * give this refund, exchange or credit. Shown when the mode is off or advise, when the issue asks for nothing,
 * when its fields cannot be read (the validator then explains why), and when the check fails.
 */
public class RefundApproverCondition implements Condition {
    private final RefundRules rules;
    private final FailOpen failOpen;

    public RefundApproverCondition(RefundRules rules, AuditLog audit, Clock clock) {
        this.rules = rules;
        this.failOpen = new FailOpen(audit, clock);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        return passes(transientVars);
    }

    boolean passes(Map<?, ?> transientVars) {
        Issue issue = TransitionInputs.issue(transientVars);
        return failOpen.run("refund condition", FailOpen.userKey(rules::user), issue == null ? "" : issue.getKey(), () -> {
            if (!rules.refuses()) {
                return true;
            }
            Optional<LimitRequest> request;
            try {
                request = rules.request(issue);
            } catch (RefundRequests.InvalidRequestException e) {
                return true;
            }
            return request.isEmpty() || rules.preview(request.get()).isApproved();
        }, true);
    }
}
