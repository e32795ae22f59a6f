package com.atlassian.servicedesk.api.comment;

import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub, the methods the guidance panel and the escalation call. {@code getServiceDeskCommentByJiraComment} confirmed
 * on https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/comment/class-use/ServiceDeskComment.html
 * (returns the comment directly in 10.x, no fugue Either). {@code createServiceDeskComment} and
 * {@code newCreateBuilder} follow
 * https://docs.atlassian.com/jira-servicedesk/5.12.17/com/atlassian/servicedesk/api/comment/ServiceDeskCommentService.html
 * (same direct return type since 4.0; the 10.3 page of these two was not seen).
 */
public interface ServiceDeskCommentService {
    ServiceDeskComment getServiceDeskCommentByJiraComment(ApplicationUser user, Comment comment);

    ServiceDeskComment createServiceDeskComment(ApplicationUser user, ServiceDeskCommentCreateParameters createParameters);

    ServiceDeskCommentCreateParameters.Builder newCreateBuilder();
}
