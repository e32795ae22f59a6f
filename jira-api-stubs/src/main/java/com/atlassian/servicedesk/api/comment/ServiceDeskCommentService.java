package com.atlassian.servicedesk.api.comment;

import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub, the method the guidance panel calls. Confirmed on
 * https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/comment/class-use/ServiceDeskComment.html
 * (returns the comment directly in 10.x, no fugue Either).
 */
public interface ServiceDeskCommentService {
    ServiceDeskComment getServiceDeskCommentByJiraComment(ApplicationUser user, Comment comment);
}
