package com.atlassian.sal.api.user;

/**
 * Stub of SAL's user profile, only the members the plugin calls. Follows the implementing-class page
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m90/com/atlassian/sal/confluence/user/ConfluenceUserProfile.html
 * ({@code getUserKey()}, {@code getUsername()}, {@code getFullName()}; the SAL in Jira 10.3 not seen).
 */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();
}
