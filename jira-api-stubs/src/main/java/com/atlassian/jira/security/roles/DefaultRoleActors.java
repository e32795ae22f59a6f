package com.atlassian.jira.security.roles;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Set;

/**
 * Stub (engineer plugin2). Follows the Jira 7.x/8.x javadoc of {@code DefaultRoleActors}
 * (docs.atlassian.com/software/jira/docs/api/7.x, {@code getApplicationUsers()} returning the role's users, groups
 * expanded); the 10.3 page not seen. Only the member the plugin calls.
 */
public interface DefaultRoleActors {
    Set<ApplicationUser> getApplicationUsers();
}
