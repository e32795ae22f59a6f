package com.serviceguardrails.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.comment.ServiceDeskComment;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import com.atlassian.servicedesk.api.license.ServiceDeskLicenseService;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.empowerment.InMemoryLedger;
import com.serviceguardrails.guidance.EscalationHistory;
import com.serviceguardrails.guidance.GuidancePanel;
import com.serviceguardrails.guidance.GuidancePanels;
import com.serviceguardrails.guidance.Judges;
import com.serviceguardrails.guidance.ThreadMessage;
import com.serviceguardrails.jira.rest.SalAccess;
import com.serviceguardrails.jira.servicedesk.CommentAuthors;
import org.junit.Test;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class GuidancePanelContextProviderTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final ServiceDeskCommentService serviceDesk = mock(ServiceDeskCommentService.class);
    private final GuidancePanels panels = new GuidancePanels(GuardrailsConfig::defaults, new Judges(GuardrailsConfig::defaults),
            EscalationHistory.NONE, new InMemoryLedger(), Clock.systemUTC());
    private final ServiceDeskManager serviceDesks = mock(ServiceDeskManager.class);
    private final ServiceDeskLicenseService licences = mock(ServiceDeskLicenseService.class);
    private final I18nResolver resolver = mock(I18nResolver.class);
    private final PanelText text = new PanelText(resolver);
    private final GuidancePanelContextProvider provider = new GuidancePanelContextProvider(authentication, comments, serviceDesk,
            new SalAccess(mock(UserManager.class), GuardrailsConfig::defaults), panels, new CommentAuthors(serviceDesks, licences), text);

    private static ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(name);
        return user;
    }

    private static Comment comment(long id, String body, ApplicationUser author) {
        Comment comment = mock(Comment.class);
        when(comment.getId()).thenReturn(id);
        when(comment.getBody()).thenReturn(body);
        when(comment.getAuthorApplicationUser()).thenReturn(author);
        return comment;
    }

    private static Issue ticket(String key, ApplicationUser reporter) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getReporter()).thenReturn(reporter);
        return issue;
    }

    @Test
    public void theReportersCommentsAreTheCustomersAndJsmSaysWhatIsInternal() {
        ApplicationUser maria = user("maria", "Maria Lopez");
        ApplicationUser dana = user("dana", "Dana Agent");
        Issue issue = ticket("SD-7", maria);
        Comment question = comment(1L, "Where is my refund?", maria);
        Comment note = comment(2L, "Checking with finance.", dana);
        when(comments.getComments(issue)).thenReturn(List.of(question, note));
        ServiceDeskComment internal = mock(ServiceDeskComment.class);
        when(internal.isPublic()).thenReturn(false);
        ServiceDeskComment open = mock(ServiceDeskComment.class);
        when(open.isPublic()).thenReturn(true);
        when(serviceDesk.getServiceDeskCommentByJiraComment(dana, note)).thenReturn(internal);
        when(serviceDesk.getServiceDeskCommentByJiraComment(dana, question)).thenReturn(open);
        when(authentication.getLoggedInUser()).thenReturn(dana);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);

        assertEquals(List.of(new ThreadMessage("1", "Where is my refund?", true, true), new ThreadMessage("2", "Checking with finance.", false, false)),
                provider.thread(issue, dana));
        Map<String, Object> context = provider.getContextMap(Map.of("issue", issue));
        assertEquals(true, context.get("showPanel"));
        GuidancePanel panel = (GuidancePanel) context.get("panel");
        // an internal note is not a reply: the question is still open
        assertEquals("Where is my refund?", panel.questions().get(0).text());
        assertEquals("SD-7", context.get("issueKey"));

        // the customer never sees the agents' guidance
        when(authentication.getLoggedInUser()).thenReturn(maria);
        assertEquals(false, provider.getContextMap(Map.of("issue", issue)).get("showPanel"));
    }

    @Test
    public void onAServiceDeskTicketARequestParticipantWithoutAnAgentLicenceWritesAsACustomer() {
        ApplicationUser maria = user("maria", "Maria Lopez");
        ApplicationUser colleague = user("tom", "Tom Lopez");
        ApplicationUser dana = user("dana", "Dana Agent");
        Project project = mock(Project.class);
        Issue issue = mock(Issue.class);
        when(issue.getReporter()).thenReturn(maria);
        when(issue.getProjectObject()).thenReturn(project);
        when(serviceDesks.getServiceDeskForProject(project)).thenReturn(mock(ServiceDesk.class));
        when(licences.hasAgentLicense(dana)).thenReturn(true);
        Comment participant = comment(1L, "Any news on the refund?", colleague);
        Comment reply = comment(2L, "It went out today.", dana);
        when(comments.getComments(issue)).thenReturn(List.of(participant, reply));

        assertEquals(List.of(new ThreadMessage("1", "Any news on the refund?", true, true),
                new ThreadMessage("2", "It went out today.", false, true)), provider.thread(issue, dana));
    }

    @Test
    public void nobodyLoggedInOrAFailureHidesThePanelWithoutBreakingTheView() {
        Issue issue = mock(Issue.class);
        assertFalse((Boolean) provider.getContextMap(Map.of("issue", issue)).get("showPanel"));
        ApplicationUser dana = user("dana", "Dana");
        when(authentication.getLoggedInUser()).thenReturn(dana);
        when(comments.getComments(any())).thenThrow(new IllegalStateException("database down"));
        Map<String, Object> context = provider.getContextMap(Map.of("issue", issue));
        assertFalse((Boolean) context.get("showPanel"));
        assertTrue(context.containsKey("esc"));
        assertSame("the template's $i18n is ours even when the panel is hidden", text, context.get("i18n"));
    }

    @Test
    public void theTemplatesI18nIsThePluginsOwnAndOverridesWhateverTheRendererBrought() {
        Issue issue = ticket("SD-8", user("maria", "Maria Lopez"));
        ApplicationUser dana = user("dana", "Dana Agent");
        when(authentication.getLoggedInUser()).thenReturn(dana);
        when(resolver.getText("service-guardrails.panel.questions.title")).thenReturn("Questions to answer");

        Map<String, Object> context = provider.getContextMap(Map.of("issue", issue, "i18n", "the renderer's resolver"));

        assertEquals(true, context.get("showPanel"));
        assertSame(text, context.get("i18n"));
        assertEquals("Questions to answer", ((PanelText) context.get("i18n")).getText("service-guardrails.panel.questions.title"));
    }
}
