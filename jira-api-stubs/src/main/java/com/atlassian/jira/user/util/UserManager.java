package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub of Jira's own user manager (not SAL's). The type is on
 * https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html (Jira 6.3); the two methods were
 * not in the part read and follow the platform notes. Unconfirmed for 10.3. Only the members the plugin calls.
 */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
