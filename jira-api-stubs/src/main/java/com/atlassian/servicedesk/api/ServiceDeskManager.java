package com.atlassian.servicedesk.api;

import com.atlassian.jira.project.Project;

/**
 * Stub (engineer plugin2). Confirmed on
 * https://docs.atlassian.com/jira-servicedesk/10.3.1/com/atlassian/servicedesk/api/ServiceDeskManager.html:
 * returns the service desk directly and throws the unchecked {@code ServiceDeskServiceException} when the project
 * has none or it is disabled. Only the member the plugin calls.
 */
public interface ServiceDeskManager {
    ServiceDesk getServiceDeskForProject(Project project);
}
