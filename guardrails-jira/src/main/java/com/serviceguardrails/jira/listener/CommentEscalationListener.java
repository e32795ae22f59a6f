package com.serviceguardrails.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.comment.ServiceDeskComment;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditLog;
import com.serviceguardrails.guidance.ReplyCheck;
import com.serviceguardrails.guidance.ReplyGuard;
import com.serviceguardrails.jira.rest.ConfigInForce;
import com.serviceguardrails.text.Language;
import com.serviceguardrails.jira.escalation.EscalationRunner;
import com.serviceguardrails.jira.servicedesk.CommentAuthors;
import com.serviceguardrails.jira.workflow.FailOpen;

import java.time.Clock;

/**
 * Listens for Jira's comment added and comment edited events: a customer's comment (by the reporter, or on a service
 * desk ticket by anyone without an agent licence, see {@link CommentAuthors}) goes to the escalation; an agent's public reply (JSM says public, or JSM does not know the comment) is checked by
 * the core's reply guard for its opening and tone, recorded for the compliance report, and a belittling reply
 * goes to the escalation as the agent's (the core plans the lead's coaching notification). Never throws into Jira's event thread: a failure is logged and recorded, and the
 * comment stands. Registered with the event publisher when the plugin's context starts, removed when it stops.
 */
public class CommentEscalationListener {
    private final EventPublisher events;
    private final EscalationRunner escalation;
    private final FailOpen failOpen;
    private final ReplyGuard replyGuard;
    private final ConfigInForce config;
    private final ServiceDeskCommentService serviceDeskComments;
    private final AuditLog audit;
    private final CommentAuthors authors;
    private final Clock clock;

    public CommentEscalationListener(EventPublisher events, EscalationRunner escalation, FailOpen failOpen,
                                     ReplyGuard replyGuard, ConfigInForce config,
                                     ServiceDeskCommentService serviceDeskComments, AuditLog audit,
                                     CommentAuthors authors, Clock clock) {
        this.events = events;
        this.escalation = escalation;
        this.failOpen = failOpen;
        this.replyGuard = replyGuard;
        this.config = config;
        this.serviceDeskComments = serviceDeskComments;
        this.audit = audit;
        this.authors = authors;
        this.clock = clock;
    }

    /** Public unless JSM says it is an internal note (a plain Jira project has no internal notes). */
    private boolean isPublic(ApplicationUser author, Comment comment) {
        ServiceDeskComment known = serviceDeskComments.getServiceDeskCommentByJiraComment(author, comment);
        return known == null || known.isPublic();
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
            if (authors.roleOf(issue, author) == AuthorRole.CUSTOMER) {
                escalation.escalate(issue, String.valueOf(comment.getId()), comment.getBody(), author, AuthorRole.CUSTOMER);
            } else if (isPublic(author, comment)) {
                ReplyCheck check = replyGuard.check(config.get(), comment.getBody(), false, Language.EN);
                if (check.opening() != null) {
                    audit.record(AuditEntry.replyChecked(clock.instant(), authorKey, issue.getKey(),
                            check.opening().compliant()));
                }
                if (!check.toneFindings().isEmpty()) {
                    escalation.escalate(issue, String.valueOf(comment.getId()), comment.getBody(), author, AuthorRole.AGENT);
                }
            }
            return null;
        }, null);
    }
}
