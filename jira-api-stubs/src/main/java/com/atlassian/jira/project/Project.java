package com.atlassian.jira.project;

/**
 * Stub. Confirmed for Jira 7.2.0 only ({@code Long getId()}, {@code String getKey()}):
 * https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html . The real supertypes ({@code Named,
 * NamedWithDescription, WithId, WithKey}) are left out; the 10.3 page not seen. Only the members the plugin calls.
 */
public interface Project {
    Long getId();

    String getKey();

    /** Jira 7.x javadoc of {@code Project}: the project lead as an {@code ApplicationUser}; added by plugin2. */
    com.atlassian.jira.user.ApplicationUser getProjectLead();
}
