package com.serviceguardrails.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditKind;
import com.serviceguardrails.guidance.AuditLog;
import com.serviceguardrails.guidance.Judges;
import com.serviceguardrails.guidance.ReplyAction;
import com.serviceguardrails.guidance.ReplyCheck;
import com.serviceguardrails.guidance.ReplyGuard;
import com.serviceguardrails.jira.rest.ConfigInForce;
import com.serviceguardrails.text.Language;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow validator: a public transition comment must open with an apology or an acknowledgement. The core's
 * reply guard (opening check only) decides by the configured mode; this class only reads Jira's transient
 * variables, records the result and, when the guard says block, refuses the transition with a translated message
 * that quotes the suggested opener. Internal notes are never checked. A failure lets the transition through.
 */
public class ApologyFirstValidator extends RefusingValidator {
    static final String BLOCKED_KEY = "service-guardrails.validator.apology.blocked";

    private final ConfigInForce config;
    private final ReplyGuard openingGuard;
    private final I18nResolver i18n;
    private final JiraAuthenticationContext authentication;
    private final AuditLog audit;
    private final Clock clock;
    private final FailOpen failOpen;

    public ApologyFirstValidator(ConfigInForce config, Judges judges, I18nResolver i18n,
                                 JiraAuthenticationContext authentication, AuditLog audit, Clock clock) {
        this.config = config;
        // tone is the reply guard's business elsewhere; this validator is about the opening only
        this.openingGuard = new ReplyGuard(judges.openingJudge(), reply -> null);
        this.i18n = i18n;
        this.authentication = authentication;
        this.audit = audit;
        this.clock = clock;
        this.failOpen = new FailOpen(audit, clock);
    }

    @Override
    Optional<String> refusal(Map<?, ?> transientVars) {
        String comment = TransitionInputs.comment(transientVars);
        if (comment.isBlank() || TransitionInputs.isInternalComment(transientVars)) {
            return Optional.empty();
        }
        Issue issue = TransitionInputs.issue(transientVars);
        String issueKey = issue == null ? "" : issue.getKey();
        String userKey = FailOpen.userKey(authentication::getLoggedInUser);
        return failOpen.run("apology-first validator", userKey, issueKey, () -> {
            ReplyCheck check = openingGuard.check(config.get(), comment, false, Language.EN);
            if (check.degraded()) {
                // the guard let the reply through because the opening check failed: keep a trace of it
                audit.record(AuditEntry.of(clock.instant(), AuditKind.FAILURE, userKey, issueKey,
                        "apology-first validator: the opening check failed and was skipped"));
            }
            if (check.opening() == null) {
                return Optional.<String>empty();
            }
            audit.record(AuditEntry.replyChecked(clock.instant(), userKey, issueKey, check.opening().compliant()));
            if (check.action() != ReplyAction.BLOCK) {
                return Optional.<String>empty();
            }
            String reason = check.opening().explanation() == null ? "" : check.opening().explanation();
            audit.record(AuditEntry.of(clock.instant(), AuditKind.BLOCK, userKey, issueKey, "opening: " + reason));
            String opener = check.opening().suggestedOpener() == null ? "" : check.opening().suggestedOpener();
            return Optional.of(i18n.getText(BLOCKED_KEY, reason, opener));
        }, Optional.empty());
    }
}
