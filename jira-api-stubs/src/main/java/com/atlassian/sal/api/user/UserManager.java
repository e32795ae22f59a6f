package com.atlassian.sal.api.user;

/**
 * Stub of SAL's user manager, only the methods the plugin calls. Follows the implementing-class pages
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.18.3/com/atlassian/sal/confluence/user/SetupUserManager.html
 * and https://docs.atlassian.com/atlassian-bamboo/7.2.4/com/atlassian/sal/bamboo/user/BambooSalUserManager.html
 * (the SAL bundled with Jira 10.3 not seen).
 */
public interface UserManager {
    UserKey getRemoteUserKey();

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);

    /** The user's profile, or {@code null} when there is no such user (Bamboo 10.2.0 {@code BambooSalUserManager}). */
    UserProfile getUserProfile(UserKey userKey);
}
