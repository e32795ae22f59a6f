package com.serviceguardrails.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.license.ServiceDeskLicenseService;
import com.serviceguardrails.jira.rest.ConfigInForce;
import com.serviceguardrails.jira.settings.GuardrailsSettingsStore;
import com.serviceguardrails.jira.testing.InMemoryPluginSettings;
import com.serviceguardrails.jira.testing.LocalClusterLockService;
import org.junit.Before;
import org.junit.Test;

import java.util.Map;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The guidance panel's web condition, fed the context map Jira's issue view passes ({@code issue}). */
public class AgentGuidanceConditionTest {
    private final ServiceDeskManager serviceDesks = mock(ServiceDeskManager.class);
    private final ServiceDeskLicenseService licences = mock(ServiceDeskLicenseService.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ConfigInForce config = new ConfigInForce(new GuardrailsSettingsStore(new InMemoryPluginSettings().factory(),
            new LocalClusterLockService().service()));
    private final AgentGuidanceCondition condition =
            new AgentGuidanceCondition(serviceDesks, licences, authentication, config);
    private final Issue issue = mock(Issue.class);
    private final Project project = mock(Project.class);
    private final ApplicationUser agent = user("agent1");
    private final ApplicationUser customer = user("customer1");

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    @Before
    public void serviceDeskTicket() {
        when(issue.getKey()).thenReturn("SD-1");
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getReporter()).thenReturn(customer);
        when(serviceDesks.getServiceDeskForProject(project)).thenReturn(mock(ServiceDesk.class));
        when(licences.hasAgentLicense(agent)).thenReturn(true);
    }

    private boolean shownTo(ApplicationUser viewer) {
        when(authentication.getLoggedInUser()).thenReturn(viewer);
        return condition.shouldDisplay(Map.of("issue", issue));
    }

    @Test
    public void anAgentSeesThePanelOnAServiceDeskTicket() {
        assertTrue(shownTo(agent));
    }

    @Test
    public void aCustomerWithoutAnAgentLicenceDoesNot() {
        assertFalse(shownTo(customer));
    }

    @Test
    public void anAgentWhoReportedTheTicketDoesNot() {
        when(issue.getReporter()).thenReturn(agent);
        assertFalse(shownTo(agent));
    }

    @Test
    public void aProjectWithoutAServiceDeskHidesItBecauseJsmThrows() {
        when(serviceDesks.getServiceDeskForProject(project)).thenThrow(new IllegalStateException("no service desk"));
        assertFalse(shownTo(agent));
    }

    @Test
    public void anonymousViewersAndPagesWithoutAnIssueDoNot() {
        assertFalse(shownTo(null));
        when(authentication.getLoggedInUser()).thenReturn(agent);
        assertFalse(condition.shouldDisplay(Map.of()));
    }
}
