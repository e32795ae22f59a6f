package com.serviceguardrails.jira.escalation;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleActors;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentCreateParameters;
import com.atlassian.servicedesk.api.comment.ServiceDeskComment;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import com.atlassian.servicedesk.api.license.ServiceDeskLicenseService;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.config.ConfigCodec;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditKind;
import com.serviceguardrails.guidance.ReplyGuard;
import com.serviceguardrails.guidance.Judges;
import com.serviceguardrails.jira.listener.CommentEscalationListener;
import com.serviceguardrails.jira.rest.ConfigInForce;
import com.serviceguardrails.jira.rest.InMemoryAuditLog;
import com.serviceguardrails.jira.servicedesk.CommentAuthors;
import com.serviceguardrails.jira.settings.GuardrailsSettingsStore;
import com.serviceguardrails.jira.store.AoEscalationRecords;
import com.serviceguardrails.jira.store.EscalationRecord;
import com.serviceguardrails.jira.store.EscalationRecordEntity;
import com.serviceguardrails.jira.testing.EmbeddedActiveObjects;
import com.serviceguardrails.jira.testing.InMemoryPluginSettings;
import com.serviceguardrails.jira.testing.LocalClusterLockService;
import com.serviceguardrails.jira.webhook.WebhookSender;
import com.serviceguardrails.jira.workflow.FailOpen;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Escalation of a customer's abusive comment, judged and planned by the real core with the bundled rules, carried
 * out on mocked Jira managers, recorded on an embedded database; fed by Jira's comment event as Jira sends it.
 */
public class EscalationRunnerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
    private static final String ABUSE = "You are a useless idiot and a disgrace. Shut up, you stupid moron.";

    private final GuardrailsSettingsStore store = new GuardrailsSettingsStore(new InMemoryPluginSettings().factory(),
            new LocalClusterLockService().service());
    private final ConfigInForce config = new ConfigInForce(store);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final WebhookSender webhooks = mock(WebhookSender.class);
    private final LabelManager labels = mock(LabelManager.class);
    private final WatcherManager watchers = mock(WatcherManager.class);
    private final UserManager users = mock(UserManager.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final PriorityManager priorities = mock(PriorityManager.class);
    private final ApplicationUser customer = user("customer1");
    private final ApplicationUser lead = user("lead1");
    private final Project project = mock(Project.class);
    private final ProjectRoleManager roles = mock(ProjectRoleManager.class);
    private final ServiceDeskCommentService jsmComments = mock(ServiceDeskCommentService.class);
    private final ServiceDeskCommentCreateParameters.Builder noteBuilder =
            mock(ServiceDeskCommentCreateParameters.Builder.class, RETURNS_SELF);
    private final ServiceDeskCommentCreateParameters noteParameters = mock(ServiceDeskCommentCreateParameters.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private EmbeddedActiveObjects ao;
    private AoEscalationRecords records;
    private EscalationRunner runner;

    private static Priority priority(String id, String name) {
        Priority priority = mock(Priority.class);
        when(priority.getId()).thenReturn(id);
        when(priority.getName()).thenReturn(name);
        return priority;
    }

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    @Before
    public void setUp() {
        ao = EmbeddedActiveObjects.freshDatabase();
        ao.migrate(EscalationRecordEntity.class);
        records = new AoEscalationRecords(ao.activeObjects());
        runner = new EscalationRunner(config, new Judges(config), records, audit, webhooks, labels, watchers, users,
                issues, priorities, roles, jsmComments, i18n, CLOCK);
        when(issue.getProjectObject()).thenReturn(project);
        when(project.getProjectLead()).thenReturn(lead);
        when(jsmComments.newCreateBuilder()).thenReturn(noteBuilder);
        when(noteBuilder.build()).thenReturn(noteParameters);
        when(i18n.getText(anyString(), any(java.io.Serializable[].class)))
                .thenAnswer(call -> "text of " + call.getArgument(0) + " for " + call.getArgument(1));
        when(issues.getIssueObject("SD-9")).thenReturn(issue);
        List<Priority> known = List.of(priority("1", "Highest"), priority("2", "High"), priority("3", "Medium"));
        when(priorities.getPriorities()).thenReturn(known);
        when(issue.getPriority()).thenReturn(known.get(2));
        when(issue.getKey()).thenReturn("SD-9");
        when(issue.getId()).thenReturn(10009L);
        when(issue.getReporter()).thenReturn(customer);
        when(webhooks.submit(any(), anyString())).thenReturn(true);
    }

    @After
    public void close() {
        ao.close();
    }

    /** The bundled configuration with the escalation mode set and an "ops" webhook on every customer rule. */
    private void configure(String mode) {
        ObjectNode tree = ConfigCodec.toTree(GuardrailsConfig.defaults());
        ObjectNode escalation = tree.with("escalation");
        escalation.put("mode", mode);
        escalation.with("webhooks").put("ops", "https://hooks.example.com/ops");
        escalation.withArray("rules").forEach(rule -> ((ObjectNode) rule.path("then")).putArray("webhooks").add("ops"));
        var saved = store.save(tree.toString(), "admin");
        assertTrue(saved.errors().toString(), saved.isSaved());
    }

    @Test
    public void inEnforceModeAnAbusiveCustomerCommentIsLabelledNotifiedAndRecordedOnce() {
        configure("enforce");
        EscalationRecord record = runner.escalate(issue, "501", ABUSE, customer, AuthorRole.CUSTOMER).orElseThrow();

        verify(labels).addLabel(any(), eq(10009L), eq("guardrails-abuse"), eq(false));
        verify(issue).setPriorityId("2");
        verify(issues).updateIssue(eq(lead), eq(issue), any(), eq(false));
        assertEquals("High", record.raisedPriorityTo());
        verify(webhooks).submit(eq(URI.create("https://hooks.example.com/ops")), anyString());
        assertTrue(record.actions().toString(), record.actions().contains("add-label"));
        assertTrue(record.actions().toString(), record.actions().contains("notify-webhook"));
        assertTrue(record.actions().toString(), record.actions().contains("add-internal-note"));
        verify(i18n).getText(eq("guardrails.escalation.note.abuse"), eq("SD-9"), eq("customer-abuse"), anyString(),
                anyString(), eq("customer1"), eq("0"));
        verify(noteBuilder).body("text of guardrails.escalation.note.abuse for SD-9");
        verify(noteBuilder).issue(issue);
        verify(noteBuilder).publicComment(false);
        verify(jsmComments).createServiceDeskComment(lead, noteParameters);
        assertEquals(List.of(record), records.forCommentAll("501"));
        assertEquals(AuditKind.ESCALATION, audit.all().get(0).kind());

        assertEquals("one comment escalates once", Optional.empty(),
                runner.escalate(issue, "501", ABUSE, customer, AuthorRole.CUSTOMER));
        verify(labels, times(1)).addLabel(any(), anyLong(), anyString(), anyBoolean());
    }

    @Test
    public void aFailingActionIsRecordedAsFailedAndTheOthersStillHappen() {
        configure("enforce");
        when(jsmComments.createServiceDeskComment(any(), any())).thenThrow(new IllegalStateException("lead has no agent licence"));

        EscalationRecord record = runner.escalate(issue, "502", ABUSE, customer, AuthorRole.CUSTOMER).orElseThrow();

        assertTrue(record.actions().toString(), record.actions().contains("add-internal-note:failed"));
        assertTrue(record.actions().toString(), record.actions().contains("add-label"));
        verify(issue).setPriorityId("2");
        verify(issues).updateIssue(eq(lead), eq(issue), any(), eq(false));
        assertEquals("High", record.raisedPriorityTo());
        assertEquals(List.of(record), records.forCommentAll("502"));
    }

    @Test
    public void aThreatIsHandedToTheTeamLeadsRoleMemberWithTheSmallestKeyNeverTheAuthor() {
        configure("enforce");
        ProjectRole teamLeads = mock(ProjectRole.class);
        ProjectRoleActors actors = mock(ProjectRoleActors.class);
        ApplicationUser zoe = user("zoe");
        ApplicationUser bob = user("bob");
        when(roles.getProjectRole("Team Leads")).thenReturn(teamLeads);
        when(roles.getProjectRoleActors(teamLeads, project)).thenReturn(actors);
        when(actors.getApplicationUsers()).thenReturn(Set.of(zoe, customer, bob));
        String threat = "I know where you live and I will find you and hurt you, you idiot.";

        EscalationRecord record = runner.escalate(issue, "510", threat, customer, AuthorRole.CUSTOMER).orElseThrow();

        assertTrue(record.actions().toString(), record.actions().contains("reassign"));
        verify(issue).setAssignee(bob);
        assertEquals("bob", record.reassignedTo());
    }

    @Test
    public void anEmptyRoleIsRecordedAndNothingIsReassigned() {
        configure("enforce");
        String threat = "I know where you live and I will find you and hurt you, you idiot.";
        EscalationRecord record = runner.escalate(issue, "511", threat, customer, AuthorRole.CUSTOMER).orElseThrow();
        assertTrue(record.actions().toString(), record.actions().contains("reassign:empty-role"));
        verify(issue, never()).setAssignee(any());
    }

    @Test
    public void aBelittlingAgentReplyMakesTheProjectLeadWatchAndGetsACoachingNote() {
        configure("enforce");
        ApplicationUser agent = user("agent7");
        EscalationRecord record = runner.escalate(issue, "512", "You are too stupid to read a manual, idiot.", agent,
                AuthorRole.AGENT).orElseThrow();

        assertTrue(record.actions().toString(), record.actions().contains("notify-lead-for-coaching"));
        verify(watchers).startWatching(lead, issue);
        verify(i18n).getText(eq("guardrails.escalation.coaching"), eq("SD-9"), eq("agent-belittling"), anyString(),
                anyString(), eq("agent7"), eq("0"));
        verify(jsmComments).createServiceDeskComment(lead, noteParameters);
        verify(noteBuilder).publicComment(false);
    }

    @Test
    public void withoutAProjectLeadNoNoteIsWrittenAndTheRecordSaysWhy() {
        configure("enforce");
        when(project.getProjectLead()).thenReturn(null);
        EscalationRecord record = runner.escalate(issue, "513", ABUSE, customer, AuthorRole.CUSTOMER).orElseThrow();
        assertTrue(record.actions().toString(), record.actions().contains("add-internal-note:no-lead"));
        verify(jsmComments, never()).createServiceDeskComment(any(), any());
        verify(issues).updateIssue(eq(customer), eq(issue), any(), eq(false));   // the priority is still raised
    }

    @Test
    public void inAdviseModeThePlanIsRecordedButNothingIsDone() {
        configure("advise");
        EscalationRecord record = runner.escalate(issue, "502", ABUSE, customer, AuthorRole.CUSTOMER).orElseThrow();

        assertTrue(record.actions().stream().allMatch(a -> a.endsWith(":advised")));
        verify(labels, never()).addLabel(any(), anyLong(), anyString(), anyBoolean());
        verify(webhooks, never()).submit(any(), anyString());
        verify(issue, never()).setPriorityId(anyString());
        verify(jsmComments, never()).createServiceDeskComment(any(), any());
    }

    @Test
    public void aPoliteCommentDoesNotEscalate() {
        configure("enforce");
        assertEquals(Optional.empty(), runner.escalate(issue, "503",
                "Thanks for the quick answer, that solved it.", customer, AuthorRole.CUSTOMER));
        assertTrue(records.forCommentAll("503").isEmpty());
    }

    @Test
    public void theListenerEscalatesACustomersCommentEventAndNeverThrows() {
        configure("enforce");
        EventPublisher publisher = mock(EventPublisher.class);
        ServiceDeskCommentService jsm = mock(ServiceDeskCommentService.class);
        Judges judges = new Judges(config);
        CommentEscalationListener listener = new CommentEscalationListener(publisher, runner, new FailOpen(audit, CLOCK),
                new ReplyGuard(judges.openingJudge(), judges.toneJudge()), config, jsm, audit, authors(Set.of("agent1")), CLOCK);
        listener.start();
        verify(publisher).register(listener);

        listener.onIssueEvent(event(EventType.ISSUE_COMMENTED_ID, comment(504L, ABUSE, customer)));
        assertEquals(1, records.forCommentAll("504").size());

        Comment agentReply = comment(505L, "Your parcel left our warehouse this morning.", user("agent1"));
        listener.onIssueEvent(event(EventType.ISSUE_COMMENTED_ID, agentReply));
        assertTrue("an agent's reply is not a customer's abuse", records.forCommentAll("505").isEmpty());
        AuditEntry checked = audit.all().get(audit.all().size() - 1);
        assertEquals(AuditKind.REPLY_CHECKED, checked.kind());
        assertEquals("agent1", checked.user());

        ServiceDeskComment internal = mock(ServiceDeskComment.class);
        Comment note = comment(508L, "Customer is difficult, refund anyway.", user("agent1"));
        when(jsm.getServiceDeskCommentByJiraComment(any(), eq(note))).thenReturn(internal);
        int before = audit.all().size();
        listener.onIssueEvent(event(EventType.ISSUE_COMMENTED_ID, note));
        assertEquals("an internal note is not checked", before, audit.all().size());

        listener.onIssueEvent(event(1L, comment(506L, ABUSE, customer)));
        assertTrue("other events are ignored", records.forCommentAll("506").isEmpty());

        when(labels.addLabel(any(), anyLong(), anyString(), anyBoolean())).thenThrow(new IllegalStateException("index down"));
        listener.onIssueEvent(event(EventType.ISSUE_COMMENT_EDITED_ID, comment(507L, ABUSE, customer)));
        AuditEntry partly = audit.all().get(audit.all().size() - 1);
        assertEquals("one failing action does not stop the escalation", AuditKind.ESCALATION, partly.kind());
        assertTrue(partly.detail(), partly.detail().contains("add-label:failed"));

        when(issue.getPriority()).thenThrow(new IllegalStateException("database down"));
        listener.onIssueEvent(event(EventType.ISSUE_COMMENT_EDITED_ID, comment(509L, ABUSE, customer)));
        assertEquals(AuditKind.FAILURE, audit.all().get(audit.all().size() - 1).kind());

        listener.stop();
        verify(publisher).unregister(listener);
    }

    @Test
    public void onAServiceDeskTicketARequestParticipantsAbuseEscalatesAsACustomers() {
        configure("enforce");
        Judges judges = new Judges(config);
        CommentEscalationListener listener = new CommentEscalationListener(mock(EventPublisher.class), runner,
                new FailOpen(audit, CLOCK), new ReplyGuard(judges.openingJudge(), judges.toneJudge()), config,
                mock(ServiceDeskCommentService.class), audit, authors(Set.of("agent1")), CLOCK);

        listener.onIssueEvent(event(EventType.ISSUE_COMMENTED_ID, comment(510L, ABUSE, user("participant1"))));

        EscalationRecord record = records.forCommentAll("510").get(0);
        assertTrue(record.rule(), record.rule().contains("customer-abuse"));
    }

    /** A service desk project in which only {@code agents} hold an agent licence. */
    private CommentAuthors authors(Set<String> agents) {
        ServiceDeskManager serviceDesks = mock(ServiceDeskManager.class);
        when(serviceDesks.getServiceDeskForProject(project)).thenReturn(mock(ServiceDesk.class));
        ServiceDeskLicenseService licences = mock(ServiceDeskLicenseService.class);
        when(licences.hasAgentLicense(any())).thenAnswer(call -> agents.contains(((ApplicationUser) call.getArgument(0)).getKey()));
        return new CommentAuthors(serviceDesks, licences);
    }

    private Comment comment(long id, String body, ApplicationUser author) {
        Comment comment = mock(Comment.class);
        when(comment.getId()).thenReturn(id);
        when(comment.getBody()).thenReturn(body);
        when(comment.getAuthorApplicationUser()).thenReturn(author);
        when(comment.getIssue()).thenReturn(issue);
        return comment;
    }

    private IssueEvent event(Long type, Comment comment) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getEventTypeId()).thenReturn(type);
        when(event.getComment()).thenReturn(comment);
        when(event.getIssue()).thenReturn(issue);
        return event;
    }
}
