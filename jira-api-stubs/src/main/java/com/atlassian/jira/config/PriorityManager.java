package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;

import java.util.List;

/**
 * Stub. Confirmed for Jira 7.6 only ({@code List<Priority> getPriorities()}):
 * https://docs.atlassian.com/jira/7.6.0-EAP01/com/atlassian/jira/config/PriorityManager.html ; the 10.3 page not seen. Only the members the plugin calls.
 */
public interface PriorityManager {
    List<Priority> getPriorities();
}
