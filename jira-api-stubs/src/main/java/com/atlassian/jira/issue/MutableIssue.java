package com.atlassian.jira.issue;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub: the issue a transition works on (transientVars "issue"). Follows the Jira 7.x javadoc page of this type (docs.atlassian.com/software/jira/docs/api/7.x); the 10.3 page not
 * seen. Only the members the plugin calls.
 */
public interface MutableIssue extends Issue {
    void setAssignee(ApplicationUser assignee);

    void setPriorityId(String priorityId);
}
