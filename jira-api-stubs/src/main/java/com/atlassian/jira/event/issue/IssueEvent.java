package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub of the issue event Jira publishes (comment added: type 6, comment edited: type 14). The real class is
 * {@code @PublicApi public final class IssueEvent extends AbstractEvent implements IssueRelatedEvent}
 * (https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html, a 7.x page; the 10.3 page
 * not seen). Its supertypes are left out. Every real constructor takes a {@code Worklog} and an ofbiz
 * {@code GenericValue}, which are not stubbed; the plugin only reads events, so the stub has a private constructor
 * instead, which keeps code from calling a constructor (such as a no-argument one) that Jira does not have. Tests
 * use Mockito's inline mock maker, which mocks final classes.
 */
public final class IssueEvent {
    private IssueEvent() {
    }

    public Issue getIssue() {
        return null;
    }

    public Comment getComment() {
        return null;
    }

    public Long getEventTypeId() {
        return null;
    }

    public ApplicationUser getUser() {
        return null;
    }
}
