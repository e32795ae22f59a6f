package com.atlassian.jira.issue;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub. The type ({@code @PublicApi}) is on https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html ;
 * the two methods were not in the part of that page read, so they follow the platform notes only (unconfirmed);
 * the 10.3 page not seen. Only the members the plugin calls.
 */
public interface IssueManager {
    MutableIssue getIssueObject(String key);

    Issue updateIssue(ApplicationUser user, MutableIssue issue, EventDispatchOption eventDispatchOption, boolean sendMail);
}
