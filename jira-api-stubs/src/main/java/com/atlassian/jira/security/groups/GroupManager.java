package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/**
 * Stub. Confirmed for Jira 10.3.1:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.1/com/atlassian/jira/security/groups/GroupManager.html
 * ({@code getGroupNamesForUser(ApplicationUser)} listed; its return type {@code Collection<String>} read on the 7.x
 * page https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html). Only the members the plugin calls.
 */
public interface GroupManager {
    Collection<String> getGroupNamesForUser(ApplicationUser user);
}
