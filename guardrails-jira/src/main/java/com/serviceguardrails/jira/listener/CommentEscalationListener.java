package com.serviceguardrails.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.jira.escalation.EscalationRunner;
import com.serviceguardrails.jira.workflow.FailOpen;

import java.util.Objects;

/**
 * Listens for Jira's comment added and comment edited events: a customer's comment (its author is the reporter)
 * goes to the escalation. Never throws into Jira's event thread: a failure is logged and recorded, and the
 * comment stands. Registered with the event publisher when the plugin's context starts, removed when it stops.
 */
public class CommentEscalationListener {
    private final EventPublisher events;
    private final EscalationRunner escalation;
    private final FailOpen failOpen;

    public CommentEscalationListener(EventPublisher events, EscalationRunner escalation, FailOpen failOpen) {
        this.events = events;
        this.escalation = escalation;
        this.failOpen = failOpen;
    }

    public void start() {
        events.register(this);
    }

    public void stop() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        if (event == null || !(EventType.ISSUE_COMMENTED_ID.equals(event.getEventTypeId())
                || EventType.ISSUE_COMMENT_EDITED_ID.equals(event.getEventTypeId()))) {
            return;
        }
        Comment comment = event.getComment();
        Issue issue = event.getIssue();
        if (comment == null || issue == null) {
            return;
        }
        ApplicationUser author = comment.getAuthorApplicationUser();
        String authorKey = author == null ? "" : author.getKey();
        failOpen.run("comment listener", authorKey, issue.getKey(), () -> {
            ApplicationUser reporter = issue.getReporter();
            boolean byCustomer = author != null && reporter != null && Objects.equals(author.getKey(), reporter.getKey());
            if (byCustomer) {
                escalation.escalate(issue, String.valueOf(comment.getId()), comment.getBody(), author, AuthorRole.CUSTOMER);
            }
            return null;
        }, null);
    }
}
