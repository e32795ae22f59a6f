package com.atlassian.jira.user;

/**
 * Stub. Confirmed for Jira 10.0.0:
 * https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/user/ApplicationUser.html
 * ({@code getKey()}, {@code getUsername()}, {@code getDisplayName()}). The real type is
 * {@code ApplicationUser extends Principal, WithId, WithKey, Serializable}; {@code WithId} and {@code WithKey}
 * are left out (they would need two more stubs). Only the members the plugin calls.
 */
public interface ApplicationUser extends java.security.Principal, java.io.Serializable {
    String getKey();

    String getUsername();

    String getDisplayName();
}
