package com.serviceguardrails.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.Condition;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.license.ServiceDeskLicenseService;
import com.serviceguardrails.guidance.PanelAudience;
import com.serviceguardrails.jira.rest.ConfigInForce;
import com.serviceguardrails.jira.servicedesk.CommentAuthors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Web-panel condition of the guidance panel: gathers from Jira Service Management whether the ticket is a service
 * desk's and whether the viewer holds an agent licence, and lets the core's {@link PanelAudience} decide. When JSM
 * cannot answer, the panel stays hidden (a missing panel costs less than one shown to a customer).
 */
public class AgentGuidanceCondition implements Condition {
    private static final Logger LOG = LoggerFactory.getLogger(AgentGuidanceCondition.class);

    private final ServiceDeskManager serviceDesks;
    private final ServiceDeskLicenseService licences;
    private final JiraAuthenticationContext authentication;
    private final ConfigInForce config;

    public AgentGuidanceCondition(ServiceDeskManager serviceDesks, ServiceDeskLicenseService licences,
                                  JiraAuthenticationContext authentication, ConfigInForce config) {
        this.serviceDesks = serviceDesks;
        this.licences = licences;
        this.authentication = authentication;
        this.config = config;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters: the audience rule is the core's
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        ApplicationUser viewer = authentication.getLoggedInUser();
        if (!(context.get("issue") instanceof Issue issue) || viewer == null) {
            return false;
        }
        try {
            boolean serviceDeskTicket = issue.getProjectObject() != null
                    && serviceDesks.getServiceDeskForProject(issue.getProjectObject()) != null;
            boolean agent = serviceDeskTicket && licences.hasAgentLicense(viewer);
            return PanelAudience.seesGuidance(config.get(), serviceDeskTicket, agent,
                    CommentAuthors.isReporter(issue, viewer));
        } catch (RuntimeException e) {
            // JSM throws ServiceDeskServiceException (unchecked) for a project without an enabled service desk
            LOG.debug("Service Guardrails: guidance panel hidden on {}: {}", issue.getKey(), e.toString());
            return false;
        }
    }
}
