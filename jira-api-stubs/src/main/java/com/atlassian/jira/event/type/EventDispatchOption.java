package com.atlassian.jira.event.type;

/**
 * Stub: how an issue update is announced. The real constant holds Jira's own implementation; this declaration
 * only lets the plugin name it. Follows the Jira 7.x javadoc page of this type (docs.atlassian.com/software/jira/docs/api/7.x); the 10.3 page not
 * seen. Only the members the plugin calls.
 */
public interface EventDispatchOption {
    EventDispatchOption ISSUE_UPDATED = null;
}
