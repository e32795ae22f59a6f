package com.serviceguardrails.jira.escalation;

import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleActors;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.config.GuardrailsConfig;
import com.serviceguardrails.escalation.EscalationAction;
import com.serviceguardrails.escalation.EscalationPlan;
import com.serviceguardrails.escalation.EscalationPlanner;
import com.serviceguardrails.escalation.Situation;
import com.serviceguardrails.escalation.TicketState;
import com.serviceguardrails.guidance.AuditEntry;
import com.serviceguardrails.guidance.AuditKind;
import com.serviceguardrails.guidance.AuditLog;
import com.serviceguardrails.guidance.Judges;
import com.serviceguardrails.jira.rest.ConfigInForce;
import com.serviceguardrails.jira.store.AoEscalationRecords;
import com.serviceguardrails.jira.store.EscalationRecord;
import com.serviceguardrails.jira.webhook.WebhookSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the core's escalation for one comment: the abuse detector judges it, the planner makes the plan, and in
 * enforce mode this class carries the plan out in Jira (labels, watchers, webhooks); in advise mode the plan is
 * only recorded. A comment escalates at most once. Every escalation is recorded with its rule and actions.
 *
 * <p>Raising the priority and reassigning (to a named user, or to the first member of a project role by user key,
 * never the comment's author) are done in one issue update in the project lead's name (the author's when the project
 * has no lead). Internal notes are JSM internal comments written in the
 * name of the project lead (a customer cannot write one); the coaching notification is such a note addressed to
 * the agent's lead, who is the project lead and is made a watcher so Jira mails it (decision 58).
 */
public class EscalationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(EscalationRunner.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigInForce config;
    private final Judges judges;
    private final AoEscalationRecords records;
    private final AuditLog audit;
    private final WebhookSender webhooks;
    private final LabelManager labels;
    private final WatcherManager watchers;
    private final UserManager users;
    private final IssueManager issues;
    private final PriorityManager priorities;
    private final ProjectRoleManager roles;
    private final ServiceDeskCommentService comments;
    private final I18nResolver i18n;
    private final Clock clock;

    /** Order of the plan's parameters as message arguments {0}..{5} of the note and coaching texts. */
    private static final List<String> NOTE_ARGUMENTS =
            List.of("issue", "rules", "severity", "categories", "author", "earlierOffences");

    public EscalationRunner(ConfigInForce config, Judges judges, AoEscalationRecords records, AuditLog audit,
                            WebhookSender webhooks, LabelManager labels, WatcherManager watchers, UserManager users,
                            IssueManager issues, PriorityManager priorities, ProjectRoleManager roles,
                            ServiceDeskCommentService comments, I18nResolver i18n, Clock clock) {
        this.config = config;
        this.judges = judges;
        this.records = records;
        this.audit = audit;
        this.webhooks = webhooks;
        this.labels = labels;
        this.watchers = watchers;
        this.users = users;
        this.issues = issues;
        this.priorities = priorities;
        this.roles = roles;
        this.comments = comments;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * Escalates {@code body}, written by {@code author} on {@code issue}, if the core says so. Throws on failure
     * (callers run it fail-open).
     */
    public Optional<EscalationRecord> escalate(Issue issue, String commentId, String body, ApplicationUser author,
                                               AuthorRole role) {
        GuardrailsConfig current = config.get();
        if (!current.escalation().mode().isActive() || body == null || body.isBlank() || records.hasEscalated(commentId)) {
            return Optional.empty();
        }
        AbuseVerdict verdict = judges.abuseDetector().scan(body, role, null);
        Instant at = clock.instant();
        String authorKey = author == null ? "" : author.getKey();
        ApplicationUser assignee = issue.getAssignee();
        Priority priority = issue.getPriority();
        TicketState ticket = new TicketState(Optional.ofNullable(priority == null ? null : priority.getName()),
                Optional.ofNullable(assignee == null ? null : assignee.getKey()), Set.of(), Set.of());
        EscalationPlan plan = new EscalationPlanner(current.escalation()).plan(new Situation(issue.getKey(), commentId,
                role, authorKey, verdict, ticket, List.of(), List.of(), at));
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        boolean act = current.escalation().executesPlans();
        List<String> done = new ArrayList<>();
        String raisedTo = null;
        String reassignedTo = null;
        MutableIssue update = null;
        for (EscalationAction action : plan.actions()) {
            // each action stands alone: one that fails (e.g. a lead without an agent licence cannot write the note)
            // is recorded as failed and the others still happen
            try {
            if (!act) {
                done.add(name(action) + ":advised");
            } else if (action instanceof EscalationAction.RaisePriority raise) {
                Optional<Priority> target = priorities.getPriorities().stream()
                        .filter(p -> p.getName().equalsIgnoreCase(raise.priority())).findFirst();
                if (target.isPresent()) {
                    update = update == null ? issues.getIssueObject(issue.getKey()) : update;
                    update.setPriorityId(target.get().getId());
                    raisedTo = target.get().getName();
                    done.add(name(action));
                } else {
                    done.add(name(action) + ":unknown-priority");
                }
            } else if (action instanceof EscalationAction.Reassign reassign) {
                ApplicationUser user = reassign.to() == EscalationAction.AssigneeKind.USER
                        ? users.getUserByName(reassign.name()) : roleMember(issue, reassign.name(), author);
                if (user != null) {
                    update = update == null ? issues.getIssueObject(issue.getKey()) : update;
                    update.setAssignee(user);
                    reassignedTo = user.getKey();
                    done.add(name(action));
                } else {
                    done.add(name(action) + (reassign.to() == EscalationAction.AssigneeKind.USER
                            ? ":unknown-user" : ":empty-role"));
                }
            } else {
                done.add(apply(action, issue, plan));
            }
            } catch (RuntimeException e) {
                LOG.warn("Service Guardrails: escalation action {} failed on {}", name(action), issue.getKey(), e);
                done.add(name(action) + ":failed");
            }
        }
        if (update != null) {
            try {
                // in the project lead's name, like the notes: the history should not say the abusive customer
                // raised their own priority; the author only when the project has no lead
                ApplicationUser lead = projectLead(issue);
                issues.updateIssue(lead != null ? lead : author, update, EventDispatchOption.ISSUE_UPDATED, false);
            } catch (RuntimeException e) {
                LOG.warn("Service Guardrails: raising priority or reassigning {} failed", issue.getKey(), e);
                done.add("update-issue:failed");
                raisedTo = null;
                reassignedTo = null;
            }
        }
        EscalationRecord record = new EscalationRecord(commentId, issue.getKey(), String.join(" ", plan.rules()), done,
                raisedTo, reassignedTo, at);
        records.record(record);
        audit.record(AuditEntry.of(at, AuditKind.ESCALATION, assignee == null ? "" : assignee.getKey(), issue.getKey(),
                String.join(" ", plan.rules()) + ": " + String.join(" ", done)));
        return Optional.of(record);
    }

    private String apply(EscalationAction action, Issue issue, EscalationPlan plan) {
        if (action instanceof EscalationAction.AddLabel label) {
            labels.addLabel(null, issue.getId(), label.label(), false);
            return name(action);
        }
        if (action instanceof EscalationAction.AddWatchers add) {
            for (String name : add.users()) {
                ApplicationUser user = users.getUserByName(name);
                if (user != null) {
                    watchers.startWatching(user, issue);
                }
            }
            return name(action);
        }
        if (action instanceof EscalationAction.NotifyWebhook hook) {
            ObjectNode body = JSON.createObjectNode();
            body.put("event", "escalation");
            body.put("issueKey", plan.issueKey());
            body.put("commentId", plan.commentId());
            body.set("rules", JSON.valueToTree(plan.rules()));
            for (Map.Entry<String, String> field : hook.payload().entrySet()) {
                body.put(field.getKey(), field.getValue());
            }
            return name(action) + (webhooks.submit(hook.url(), body.toString()) ? "" : ":dropped");
        }
        if (action instanceof EscalationAction.AddInternalNote note) {
            return name(action) + addInternalNote(issue, note.templateKey(), note.params());
        }
        if (action instanceof EscalationAction.NotifyLeadForCoaching coaching) {
            ApplicationUser lead = projectLead(issue);
            if (lead == null) {
                return name(action) + ":no-lead";
            }
            watchers.startWatching(lead, issue);
            return name(action) + addInternalNote(issue, coaching.templateKey(), coaching.params());
        }
        return name(action) + ":skipped";
    }

    /** Adds a JSM internal comment in the project lead's name; returns the suffix for the record ("" when done). */
    private String addInternalNote(Issue issue, String templateKey, Map<String, String> params) {
        ApplicationUser lead = projectLead(issue);
        if (lead == null) {
            return ":no-lead";
        }
        Serializable[] arguments = NOTE_ARGUMENTS.stream().map(key -> params.getOrDefault(key, ""))
                .toArray(Serializable[]::new);
        String body = i18n.getText(templateKey, arguments);
        comments.createServiceDeskComment(lead, comments.newCreateBuilder()
                .author(lead).body(body).issue(issue).publicComment(false).build());
        return "";
    }

    private static ApplicationUser projectLead(Issue issue) {
        Project project = issue.getProjectObject();
        return project == null ? null : project.getProjectLead();
    }

    /** The member of project role {@code roleName} with the smallest user key, never the comment's author. */
    private ApplicationUser roleMember(Issue issue, String roleName, ApplicationUser author) {
        ProjectRole role = roles.getProjectRole(roleName);
        if (role == null || issue.getProjectObject() == null) {
            return null;
        }
        ProjectRoleActors actors = roles.getProjectRoleActors(role, issue.getProjectObject());
        String authorKey = author == null ? null : author.getKey();
        return actors == null ? null : actors.getApplicationUsers().stream()
                .filter(user -> !user.getKey().equals(authorKey))
                .min(Comparator.comparing(ApplicationUser::getKey)).orElse(null);
    }

    private static String name(EscalationAction action) {
        return action.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
