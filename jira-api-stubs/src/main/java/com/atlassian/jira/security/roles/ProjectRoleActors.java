package com.atlassian.jira.security.roles;

/**
 * Stub (engineer plugin2). Interface extending {@link DefaultRoleActors}, returned by
 * {@code ProjectRoleManager.getProjectRoleActors(ProjectRole, Project)} on
 * https://docs.atlassian.com/jira/8.22.4/com/atlassian/jira/security/roles/DefaultProjectRoleManager.html;
 * the 10.3 page not seen. No own member used.
 */
public interface ProjectRoleActors extends DefaultRoleActors {
}
