package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;

/**
 * Stub. Confirmed for Jira 6.x source only ({@code Object getValue(Issue)}; {@code getId()} is inherited from
 * {@code Field}, not seen): a public source mirror of {@code CustomField.java}. The real supertypes ({@code NavigableField,
 * HideableField, ConfigurableField, RenderableField, RequirableField, OrderableField, RestAwareField,
 * RestFieldOperations}) are left out; the 10.3 page not seen. Only the members the plugin calls.
 */
public interface CustomField {
    String getId();

    Object getValue(Issue issue);
}
