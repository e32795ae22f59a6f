package com.atlassian.jira.issue.priority;

/**
 * Stub. https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/priority/Priority.html (Jira 7.x, "2002-2017"):
 * {@code @PublicApi public interface Priority extends IssueConstant}, inheriting {@code getId} and {@code getName}.
 * Their types are on https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/IssueConstant.html
 * ({@code String getId()}, {@code String getName()}) and unchanged on
 * https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/MockIssueConstant.html (implements {@code IssueConstant}:
 * {@code public String getId()}, {@code public String getName()}). Confirmed for Jira 4.4-7.x; the 10.3 page was not
 * reachable (stub-review 2026-11-30). The supertype {@code IssueConstant} (and its {@code Comparable}) is left out; the two
 * getters are declared here. Only the members the plugin calls.
 */
public interface Priority {
    String getId();

    String getName();
}
