package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub. Follows the Jira 7.x javadoc page of this type (docs.atlassian.com/software/jira/docs/api/7.x); the 10.3 page not
 * seen. Only the members the plugin calls.
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
