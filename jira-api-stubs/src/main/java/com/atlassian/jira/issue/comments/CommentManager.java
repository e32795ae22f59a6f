package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;

import java.util.List;

/**
 * Stub, the one method the guidance panel calls. Signature from the platform notes
 * ({@code List<Comment> getComments(Issue)}), following the Jira 7.x javadoc page; the 10.3 page not seen.
 */
public interface CommentManager {
    List<Comment> getComments(Issue issue);
}
