package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/**
 * Stub. {@code getProjectRoles} is confirmed for Jira 10.4.0 (exact, no checked exceptions):
 * https://docs.atlassian.com/software/jira/docs/api/10.4.0/com/atlassian/jira/security/roles/ProjectRoleManager.html ;
 * the other two members only for 8.22.4 (see their comments). Only the members the plugin calls.
 */
public interface ProjectRoleManager {
    Collection<ProjectRole> getProjectRoles(ApplicationUser user, Project project);

    /** Jira 8.22.4 {@code DefaultProjectRoleManager} page (docs.atlassian.com/jira/8.22.4/...); added by plugin2. */
    ProjectRole getProjectRole(String name);

    /** Same page as {@link #getProjectRole(String)}; added by plugin2. */
    ProjectRoleActors getProjectRoleActors(ProjectRole projectRole, Project project);
}
