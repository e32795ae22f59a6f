package com.atlassian.jira.issue.label;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub. Confirmed for Jira 7.x only ({@code Label addLabel(ApplicationUser, Long, String, boolean)}):
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/label/LabelManager.html ; the 10.3 page not seen. Only the members the plugin calls.
 */
public interface LabelManager {
    Label addLabel(ApplicationUser remoteUser, Long issueId, String label, boolean sendNotification);
}
