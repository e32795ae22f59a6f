package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub. Confirmed for Jira 7.x only: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html
 * ({@code getAssignee}, {@code getCustomFieldValue}; {@code getId}/{@code getKey}/{@code getProjectObject} come from
 * {@code WithId}/{@code WithKey}/{@code IssueContext}); {@code getReporter} and {@code getPriority} not seen on a page
 * (same pattern as {@code getAssignee} since 7.0). The real supertypes ({@code OfBizValueWrapper, IssueContext,
 * WithId, WithKey}) are left out; the 10.3 page not seen. Only the members the plugin calls.
 */
public interface Issue {
    Long getId();

    String getKey();

    Project getProjectObject();

    ApplicationUser getReporter();

    ApplicationUser getAssignee();

    Priority getPriority();

    Object getCustomFieldValue(CustomField customField);
}
