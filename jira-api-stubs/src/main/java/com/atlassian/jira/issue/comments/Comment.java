package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub. No page of this type was found (7.x or 10.x); the four getters follow the platform notes
 * and Jira 7.0's "User replaced with ApplicationUser" change (https://developer.atlassian.com/server/jira/platform/jira-7-0-api-changes)
 * for {@code getAuthorApplicationUser}. Unconfirmed. Only the members the plugin calls.
 */
public interface Comment {
    Long getId();

    String getBody();

    ApplicationUser getAuthorApplicationUser();

    Issue getIssue();
}
