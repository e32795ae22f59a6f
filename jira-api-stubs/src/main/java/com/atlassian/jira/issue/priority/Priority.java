package com.atlassian.jira.issue.priority;

/**
 * Stub. {@code getId()} and {@code getName()} follow the platform notes (inherited from {@code IssueConstant}
 * in Jira); no page of this type seen. Unconfirmed. Only the members the plugin calls.
 */
public interface Priority {
    String getId();

    String getName();
}
