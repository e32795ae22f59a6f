package com.serviceguardrails.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.serviceguardrails.empowerment.Decision;
import com.serviceguardrails.empowerment.LimitRequest;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditKind;
import com.serviceguardrails.guidance.AuditLog;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow validator for refund, exchange and credit transitions: asks the core's empowerment policy (a preview,
 * nothing recorded) and, in enforce mode, refuses what the agent may not give with the core's explanation
 * ("Over your 50.00 EUR limit per refund; a Team Lead can approve it"), in the agent's language. Unreadable refund
 * fields also refuse in enforce mode, naming the field: an amount that cannot be read could not be counted.
 * A guardrail failure lets the transition through.
 */
public class RefundLimitValidator extends RefusingValidator {
    static final String INVALID_KEY = "service-guardrails.validator.refund.invalid";

    private final RefundRules rules;
    private final I18nResolver i18n;
    private final AuditLog audit;
    private final Clock clock;
    private final FailOpen failOpen;

    public RefundLimitValidator(RefundRules rules, I18nResolver i18n, AuditLog audit, Clock clock) {
        this.rules = rules;
        this.i18n = i18n;
        this.audit = audit;
        this.clock = clock;
        this.failOpen = new FailOpen(audit, clock);
    }

    @Override
    Optional<String> refusal(Map<?, ?> transientVars) {
        Issue issue = TransitionInputs.issue(transientVars);
        String userKey = FailOpen.userKey(rules::user);
        String issueKey = issue == null ? "" : issue.getKey();
        return failOpen.run("refund validator", userKey, issueKey, () -> {
            if (!rules.refuses()) {
                return Optional.<String>empty();
            }
            Optional<LimitRequest> request;
            try {
                request = rules.request(issue);
            } catch (RefundRequests.InvalidRequestException e) {
                return Optional.of(i18n.getText(INVALID_KEY, e.getMessage()));
            }
            if (request.isEmpty()) {
                return Optional.<String>empty();
            }
            Decision decision = rules.preview(request.get());
            if (decision.isApproved()) {
                return Optional.<String>empty();
            }
            audit.record(AuditEntry.of(clock.instant(), AuditKind.BLOCK, userKey, issueKey,
                    "refund: " + decision.explanation()));
            return Optional.of(decision.explanation(rules.locale()));
        }, Optional.empty());
    }
}
