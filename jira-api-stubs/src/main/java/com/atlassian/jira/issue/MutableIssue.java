package com.atlassian.jira.issue;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub: the issue a transition works on (transientVars "issue"). Confirmed only indirectly: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/entity/WithKey.html
 * lists MutableIssue as an indirect subtype of WithKey (through Issue); {@code setAssignee}, {@code setPriorityId}
 * follow the platform notes (no page of this type seen for any version). Only the members the plugin calls.
 */
public interface MutableIssue extends Issue {
    void setAssignee(ApplicationUser assignee);

    void setPriorityId(String priorityId);
}
