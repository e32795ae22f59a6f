package com.atlassian.jira.project;

/**
 * Stub. Follows the Jira 7.x javadoc page of this type (docs.atlassian.com/software/jira/docs/api/7.x); the 10.3 page not
 * seen. Only the members the plugin calls.
 */
public interface Project {
    Long getId();

    String getKey();

    /** Jira 7.x javadoc of {@code Project}: the project lead as an {@code ApplicationUser}; added by plugin2. */
    com.atlassian.jira.user.ApplicationUser getProjectLead();
}
