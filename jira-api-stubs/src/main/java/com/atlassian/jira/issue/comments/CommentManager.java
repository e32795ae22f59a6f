package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;

import java.util.List;

/**
 * Stub, the one method the guidance panel calls. Signature from the platform notes
 * ({@code List<Comment> getComments(Issue)}). The type is on https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/comments/CommentManager.html
 * (Jira 4.0); this method was not in the part read. Unconfirmed for any version.
 */
public interface CommentManager {
    List<Comment> getComments(Issue issue);
}
