package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub. The four getters match, name for name and type for type:
 * <ul>
 * <li>https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/comments/MutableComment.html (Jira 7.0.8): lists
 * {@code getAuthorApplicationUser}, {@code getBody}, {@code getId}, {@code getIssue} as inherited from {@code Comment};</li>
 * <li>the public Jira 6.x source of {@code Comment.java} ({@code @PublicApi public interface Comment extends WithId}):
 * {@code Long getId()}, {@code String getBody()}, {@code ApplicationUser getAuthorApplicationUser()}, {@code Issue getIssue()};</li>
 * <li>cures-hub/cures-condec-jira {@code src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockComment.java}, a class
 * implementing the real {@code MutableComment} with {@code @Override} on all four (Jira 7.x/8.x API, where
 * {@code getAuthorUser()} already returns {@code ApplicationUser}).</li>
 * </ul>
 * Confirmed for Jira 6.x-8.x; the 10.3 page was not reachable (stub-review 2026-11-30). The real type extends
 * {@code WithId} (left out; {@code getId()} is declared here). Only the members the plugin calls.
 */
public interface Comment {
    Long getId();

    String getBody();

    ApplicationUser getAuthorApplicationUser();

    Issue getIssue();
}
