package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;

import java.util.List;

/**
 * Stub. Follows the Jira 7.x javadoc page of this type (docs.atlassian.com/software/jira/docs/api/7.x); the 10.3 page not
 * seen. Only the members the plugin calls.
 */
public interface PriorityManager {
    List<Priority> getPriorities();
}
