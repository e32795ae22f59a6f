package com.atlassian.jira.event.type;

/**
 * Stub: only the event type ids the plugin listens for (values as in Jira's EventType constants). Follows the Jira 7.x javadoc page of this type (docs.atlassian.com/software/jira/docs/api/7.x); the 10.3 page not
 * seen. Only the members the plugin calls.
 */
public class EventType {
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_COMMENT_EDITED_ID = 14L;
}
