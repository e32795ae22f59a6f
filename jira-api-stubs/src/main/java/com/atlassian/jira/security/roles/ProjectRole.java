package com.atlassian.jira.security.roles;

/**
 * Stub. Confirmed for Jira 7.x only ({@code String getName()}):
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/security/roles/ProjectRole.html ; the 10.3 page not seen. Only the members the plugin calls.
 */
public interface ProjectRole {
    String getName();
}
