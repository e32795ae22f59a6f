package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub of Jira's own user manager (not SAL's). Follows the Jira 7.x javadoc page of this type (docs.atlassian.com/software/jira/docs/api/7.x); the 10.3 page not
 * seen. Only the members the plugin calls.
 */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
