package com.atlassian.jira.event.type;

/**
 * Stub: only the event type ids the plugin uses (Jira's system events: issue updated 2, issue commented 6, comment
 * edited 14; the ids are listed on https://confluence.atlassian.com/spaces/JIRA051/pages/296095697/Adding+a+Custom+Event
 * by name and in Jira's {@code EventType} as {@code public static final Long}). Confirmed for Jira 7.x source only;
 * the 10.3 page not seen (system event ids are stored in customers' workflows, so they do not change).
 */
public class EventType {
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_COMMENT_EDITED_ID = 14L;
}
