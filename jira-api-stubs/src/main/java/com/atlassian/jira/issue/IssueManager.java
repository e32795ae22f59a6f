package com.atlassian.jira.issue;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub. The type ({@code @PublicApi}) is on https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html .
 * The two methods:
 * <ul>
 * <li>{@code MutableIssue getIssueObject(String key) throws DataAccessException}: public Jira 4.x and 6.x source of
 * {@code IssueManager.java}; cures-hub/cures-condec-jira {@code MockIssueManagerSelfImpl.java} overrides it returning
 * {@code MutableIssue} on top of Jira 8.21's test {@code MockIssueManager}. {@code com.atlassian.jira.exception.DataAccessException}
 * is unchecked (public source: extends {@code NestableRuntimeException}), so it is not declared here.</li>
 * <li>{@code Issue updateIssue(ApplicationUser, MutableIssue, EventDispatchOption, boolean)}: a public mail-handler test double
 * ({@code com.bics.jira.mail.mock.MockIssueManager}, implementing the real interface of an {@code ApplicationUser}-era, 7.x+, Jira) has it
 * with {@code @Override} and no {@code throws}; in the Jira 6.3 source the {@code User} form already had no {@code throws}
 * (Jira 4.x's declared the checked {@code UpdateException}, dropped since).</li>
 * </ul>
 * Confirmed for Jira 7.x/8.x; the 10.3 page was not reachable (stub-review 2026-11-30). Only the members the plugin calls.
 */
public interface IssueManager {
    MutableIssue getIssueObject(String key);

    Issue updateIssue(ApplicationUser user, MutableIssue issue, EventDispatchOption eventDispatchOption, boolean sendMail);
}
