package com.atlassian.servicedesk.api;

/**
 * Stub (engineer plugin2). Interface, per "Uses of Interface com.atlassian.servicedesk.api.ServiceDesk" on
 * https://docs.atlassian.com/jira-servicedesk/10.3.0/com/atlassian/servicedesk/api/class-use/ServiceDesk.html.
 * Type only (no member used).
 */
public interface ServiceDesk {
}
