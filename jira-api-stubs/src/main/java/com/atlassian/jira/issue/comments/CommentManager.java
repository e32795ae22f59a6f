package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;

import java.util.List;

/**
 * Stub, the one method the guidance panel calls: {@code List<Comment> getComments(Issue)}, no checked exception.
 * Confirmed by cures-hub/cures-condec-jira {@code src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockCommentManager.java},
 * which implements the real {@code CommentManager} with {@code @Override public List<Comment> getComments(Issue issue)} and
 * compiles against jira-api 8.x (its pom: jira-api 8.8.1, jira-tests 8.21.0; the mock also implements the 8.x-only
 * {@code streamComments} and {@code getCommentSummary}); the same declaration is in the public Jira 5.x/6.x source of
 * {@code CommentManager.java}. The type itself: https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/comments/CommentManager.html .
 * Confirmed for Jira 8.x; the 10.3 page was not reachable (stub-review 2026-11-30).
 */
public interface CommentManager {
    List<Comment> getComments(Issue issue);
}
