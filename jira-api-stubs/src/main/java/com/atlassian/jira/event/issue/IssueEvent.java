package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub of the issue event Jira publishes (comment added: type 6, comment edited: type 14). The plugin only reads
 * events, so no constructor of the real class is declared. Follows the Jira 7.x javadoc page of this type (docs.atlassian.com/software/jira/docs/api/7.x); the 10.3 page not
 * seen. Only the members the plugin calls.
 */
public class IssueEvent {
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
