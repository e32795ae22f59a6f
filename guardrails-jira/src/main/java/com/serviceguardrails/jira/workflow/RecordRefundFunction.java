package com.serviceguardrails.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.serviceguardrails.empowerment.Decision;
import com.serviceguardrails.empowerment.DecisionReason;
import com.serviceguardrails.empowerment.LimitRequest;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditLog;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Post-function: records the approved amount in the ledger, atomically and exactly once per issue and request
 * (running the transition again records nothing more), and audits it. Not in off mode. Never throws: a failure is
 * logged and recorded and the transition stands.
 */
public class RecordRefundFunction implements FunctionProvider {
    private final RefundRules rules;
    private final AuditLog audit;
    private final Clock clock;
    private final FailOpen failOpen;

    public RecordRefundFunction(RefundRules rules, AuditLog audit, Clock clock) {
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        this.failOpen = new FailOpen(audit, clock);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) {
        record(transientVars);
    }

    /** The decision recorded (or refused), empty when nothing was asked or the mode is off. */
    Optional<Decision> record(Map<?, ?> transientVars) {
        Issue issue = TransitionInputs.issue(transientVars);
        String userKey = FailOpen.userKey(rules::user);
        return failOpen.run("record-refund post-function", userKey, issue == null ? "" : issue.getKey(), () -> {
            if (!rules.active()) {
                return Optional.<Decision>empty();
            }
            Optional<LimitRequest> request = rules.request(issue);
            if (request.isEmpty()) {
                return Optional.<Decision>empty();
            }
            Decision decision = rules.decide(request.get());
            if (decision.isApproved() && decision.reason() != DecisionReason.ALREADY_RECORDED) {
                audit.record(AuditEntry.refundApproved(clock.instant(), userKey, issue.getKey(),
                        decision.amount().amount(), null, decision.amount().currency().getCurrencyCode()));
            }
            return Optional.of(decision);
        }, Optional.empty());
    }
}
