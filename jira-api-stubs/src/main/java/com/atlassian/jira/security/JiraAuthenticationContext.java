package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Locale;

/**
 * Stub. {@code Locale getLocale()} confirmed on
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html (Jira 4.x
 * DAC); {@code ApplicationUser getLoggedInUser()} since 7.0 per https://developer.atlassian.com/server/jira/platform/jira-7-0-api-changes
 * (no 7.x or 10.x page of this type seen). Only the members the plugin calls.
 */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    Locale getLocale();
}
