package com.atlassian.jira.issue.watchers;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub. {@code Issue startWatching(ApplicationUser user, Issue issue)} (returns the issue; Jira 4.x-6.x returned
 * {@code void}) is confirmed on https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/watchers/WatcherManager.html
 * ({@code @PublicApi}, a 7.x page); the 10.3 page not seen. Only the members the plugin calls.
 */
public interface WatcherManager {
    Issue startWatching(ApplicationUser user, Issue issue);
}
