package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub of Jira's own user manager (not SAL's). The type is on
 * https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html (Jira 6.3). The two methods,
 * {@code ApplicationUser getUserByKey(String)} and {@code ApplicationUser getUserByName(String)} ("@since v6.0", no checked
 * exception, parameters {@code @Nullable}), are in the public Jira 6.x source of {@code UserManager.java} and are implemented
 * with {@code @Override} by Jira's own {@code DefaultUserManager} and test {@code MockUserManager} in that source; public
 * plugin code assigns {@code ComponentAccessor.getUserManager().getUserByKey(..)} to an {@code ApplicationUser} (versions
 * not pinned). Confirmed for Jira 6.x; later versions by use only; the 10.3 page was not reachable (stub-review
 * 2026-11-30). Only the members the plugin calls.
 */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
