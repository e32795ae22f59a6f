package com.serviceguardrails.jira.servicedesk;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.license.ServiceDeskLicenseService;
import com.serviceguardrails.abuse.AuthorRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a comment's author is the ticket's customer or one of its agents: gathers the facts from Jira Service
 * Management (reporter, service desk ticket, agent licence) and lets the core's {@link AuthorRole#of} decide, so the
 * comment listener, the escalate-on-abuse post-function and the guidance panel all read people the same way.
 */
public class CommentAuthors {
    private static final Logger LOG = LoggerFactory.getLogger(CommentAuthors.class);

    private final ServiceDeskManager serviceDesks;
    private final ServiceDeskLicenseService licences;

    public CommentAuthors(ServiceDeskManager serviceDesks, ServiceDeskLicenseService licences) {
        this.serviceDesks = serviceDesks;
        this.licences = licences;
    }

    /** The role of {@code author} on {@code issue}; an unknown author (null) is taken as the customer. */
    public AuthorRole roleOf(Issue issue, ApplicationUser author) {
        if (author == null) {
            return AuthorRole.CUSTOMER;
        }
        ApplicationUser reporter = issue.getReporter();
        boolean isReporter = reporter != null && reporter.getKey().equals(author.getKey());
        boolean serviceDeskTicket = !isReporter && isServiceDeskTicket(issue);
        return AuthorRole.of(isReporter, serviceDeskTicket, serviceDeskTicket && licences.hasAgentLicense(author));
    }

    /** Whether {@code viewer} is this ticket's reporter, i.e. reads it as its customer. */
    public static boolean isReporter(Issue issue, ApplicationUser viewer) {
        return issue.getReporter() != null && issue.getReporter().getKey().equals(viewer.getKey());
    }

    /** The ticket belongs to a service desk; false when JSM cannot tell (a plain Jira project). */
    public boolean isServiceDeskTicket(Issue issue) {
        try {
            return issue.getProjectObject() != null && serviceDesks.getServiceDeskForProject(issue.getProjectObject()) != null;
        } catch (RuntimeException e) {
            // JSM throws ServiceDeskServiceException (unchecked) for a project without an enabled service desk
            LOG.debug("Service Guardrails: {} is not a service desk ticket: {}", issue.getKey(), e.toString());
            return false;
        }
    }
}
