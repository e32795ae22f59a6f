package com.atlassian.servicedesk.api.comment;

import com.atlassian.jira.issue.comments.Comment;

/**
 * Stub. Follows https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/comment/class-use/ServiceDeskComment.html
 * and the platform notes ({@code getComment()}, {@code isPublic()}).
 */
public interface ServiceDeskComment {
    Comment getComment();

    boolean isPublic();
}
