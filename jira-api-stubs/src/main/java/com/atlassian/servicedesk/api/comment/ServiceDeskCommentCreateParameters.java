package com.atlassian.servicedesk.api.comment;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stub (engineer plugin2). Interface with a nested builder interface, as listed under "Interfaces" on
 * https://docs.atlassian.com/jira-servicedesk/3.9.4/com/atlassian/servicedesk/api/comment/package-frame.html;
 * builder methods as on
 * https://docs.atlassian.com/jira-servicedesk/4.20.29/com/atlassian/servicedesk/api/comment/class-use/ServiceDeskCommentCreateParameters.html
 * and the 3.15.2 class-use page of {@code ServiceDeskCommentCreateParameters.Builder}. Not seen on a 10.3 page.
 * Only the members the plugin calls.
 */
public interface ServiceDeskCommentCreateParameters {

    interface Builder {
        Builder author(ApplicationUser author);

        Builder body(String body);

        Builder issue(Issue issue);

        Builder publicComment(boolean _public);

        ServiceDeskCommentCreateParameters build();
    }
}
