package com.serviceguardrails.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.jira.escalation.EscalationRunner;
import com.serviceguardrails.jira.servicedesk.CommentAuthors;
import com.serviceguardrails.jira.store.EscalationRecord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Post-function: runs the escalation plan for the transition's comment, as a customer's or an agent's as
 * {@link CommentAuthors} reads the acting user. The comment has no id yet, so it is known by its issue and a hash of its
 * text: the same comment never escalates twice. Never throws: a failure is logged and recorded.
 */
public class EscalateOnAbuseFunction implements FunctionProvider {
    private final EscalationRunner escalation;
    private final JiraAuthenticationContext authentication;
    private final FailOpen failOpen;
    private final CommentAuthors authors;

    public EscalateOnAbuseFunction(EscalationRunner escalation, JiraAuthenticationContext authentication,
                                   FailOpen failOpen, CommentAuthors authors) {
        this.escalation = escalation;
        this.authentication = authentication;
        this.failOpen = failOpen;
        this.authors = authors;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) {
        escalate(transientVars);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    Optional<EscalationRecord> escalate(Map<?, ?> transientVars) {
        Issue issue = TransitionInputs.issue(transientVars);
        String comment = TransitionInputs.comment(transientVars);
        if (issue == null || comment.isBlank()) {
            return Optional.empty();
        }
        return failOpen.run("escalate-on-abuse post-function", FailOpen.userKey(authentication::getLoggedInUser),
                issue.getKey(), () -> {
                    ApplicationUser user = authentication.getLoggedInUser();
                    AuthorRole role = user == null ? AuthorRole.AGENT : authors.roleOf(issue, user);
                    String id = "transition:" + issue.getKey() + ":" + sha256(comment);
                    return escalation.escalate(issue, id, comment, user, role);
                }, Optional.empty());
    }
}
