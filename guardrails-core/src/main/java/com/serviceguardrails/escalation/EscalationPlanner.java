package com.serviceguardrails.escalation;

import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.abuse.Category;
import com.serviceguardrails.config.ConfigCursor;
import com.serviceguardrails.escalation.EscalationAction.AddInternalNote;
import com.serviceguardrails.escalation.EscalationAction.AddLabel;
import com.serviceguardrails.escalation.EscalationAction.AddWatchers;
import com.serviceguardrails.escalation.EscalationAction.AssigneeKind;
import com.serviceguardrails.escalation.EscalationAction.NotifyLeadForCoaching;
import com.serviceguardrails.escalation.EscalationAction.NotifyWebhook;
import com.serviceguardrails.escalation.EscalationAction.RaisePriority;
import com.serviceguardrails.escalation.EscalationAction.Reassign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a {@link Situation} into an {@link EscalationPlan}. A pure function of the situation and the
 * configuration: it touches nothing, and the same situation always gives the same plan.
 *
 * <ul>
 *   <li>With the section {@code off}, every plan is empty. Only abusive verdicts escalate. Every rule whose conditions hold contributes; the highest priority asked
 *   for wins, the first reassignment wins, watchers, labels, notes and webhooks are merged.</li>
 *   <li>One comment never escalates twice: a comment already in the ticket's earlier escalations gets an empty
 *   plan.</li>
 *   <li>Only what is new is planned: no priority raise when the ticket is already at least that high, no watcher
 *   or label the ticket has, and no reassignment, note (same template), webhook (same name) or coaching
 *   notification (same agent) that an earlier escalation of this ticket already made.</li>
 * </ul>
 */
public final class EscalationPlanner {

    /** Message key of the coaching notification sent to an agent's lead; the plugin's i18n holds its text. */
    public static final String COACHING_TEMPLATE = "guardrails.escalation.coaching";

    private final EscalationConfig config;

    public EscalationPlanner(EscalationConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public EscalationPlan plan(Situation situation) {
        EscalationPlan none = EscalationPlan.none(situation.issueKey(), situation.commentId());
        AbuseVerdict verdict = situation.verdict();
        if (!config.mode().isActive() || !verdict.abusive() || alreadyEscalated(situation)) {
            return none;
        }
        int earlierOffences = earlierOffencesInWindow(situation);
        List<EscalationRule> matched = config.rules().stream()
                .filter(rule -> holds(rule.when(), situation, earlierOffences))
                .toList();
        if (matched.isEmpty()) {
            return none;
        }
        List<String> ruleNames = matched.stream().map(EscalationRule::name).toList();
        Map<String, String> params = parameters(situation, ruleNames, earlierOffences);
        Set<EscalationAction> done = new HashSet<>();
        situation.earlierEscalations().forEach(plan -> done.addAll(plan.actions()));

        List<EscalationAction> actions = new ArrayList<>();
        raisePriority(matched, situation.ticket()).ifPresent(actions::add);
        matched.stream().flatMap(rule -> rule.then().reassignTo().stream()).findFirst()
                .filter(reassign -> !done.contains(reassign) && !alreadyAssigned(reassign, situation.ticket()))
                .ifPresent(actions::add);
        addWatchers(matched, situation.ticket(), done).ifPresent(actions::add);
        matched.stream().flatMap(rule -> rule.then().addLabels().stream()).distinct()
                .filter(label -> !situation.ticket().labels().contains(label))
                .forEach(label -> actions.add(new AddLabel(label)));
        Set<String> notesDone = done.stream().filter(a -> a instanceof AddInternalNote)
                .map(a -> ((AddInternalNote) a).templateKey()).collect(Collectors.toSet());
        matched.stream().flatMap(rule -> rule.then().noteTemplate().stream()).distinct()
                .filter(template -> !notesDone.contains(template))
                .forEach(template -> actions.add(new AddInternalNote(template, params)));
        Set<String> webhooksDone = done.stream().filter(a -> a instanceof NotifyWebhook)
                .map(a -> ((NotifyWebhook) a).name()).collect(Collectors.toSet());
        Map<String, String> payload = new LinkedHashMap<>(params);
        payload.remove("author");
        matched.stream().flatMap(rule -> rule.then().webhooks().stream()).distinct()
                .filter(name -> !webhooksDone.contains(name) && config.webhooks().containsKey(name))
                .forEach(name -> actions.add(new NotifyWebhook(name, config.webhooks().get(name), payload)));
        boolean coachingDone = done.stream().anyMatch(a -> a instanceof NotifyLeadForCoaching c
                && c.agent().equals(situation.authorName()));
        if (situation.author() == AuthorRole.AGENT && !coachingDone
                && matched.stream().anyMatch(rule -> rule.then().notifyLeadForCoaching())) {
            actions.add(new NotifyLeadForCoaching(situation.authorName(), COACHING_TEMPLATE, params));
        }
        return new EscalationPlan(situation.issueKey(), situation.commentId(), ruleNames, actions);
    }

    /** How many of the author's earlier offences fall in the repeat window before this comment. */
    public int earlierOffencesInWindow(Situation situation) {
        Instant from = situation.at().minus(Duration.ofDays(config.repeatWindowDays()));
        return (int) situation.earlierOffencesByAuthor().stream()
                .filter(t -> !t.isBefore(from) && t.isBefore(situation.at()))
                .count();
    }

    private static boolean alreadyEscalated(Situation situation) {
        return situation.earlierEscalations().stream().anyMatch(plan -> plan.commentId().equals(situation.commentId()));
    }

    private static boolean holds(EscalationRule.Condition when, Situation situation, int earlierOffences) {
        AbuseVerdict verdict = situation.verdict();
        return when.author().map(author -> author == situation.author()).orElse(true)
                && verdict.severity().atLeast(when.minSeverity())
                && (when.targets().isEmpty() || when.targets().contains(verdict.target()))
                && (when.categories().isEmpty() || verdict.categories().stream().anyMatch(when.categories()::contains))
                && earlierOffences >= when.minEarlierOffences();
    }

    private Optional<RaisePriority> raisePriority(List<EscalationRule> matched, TicketState ticket) {
        String highest = null;
        for (EscalationRule rule : matched) {
            String wanted = rule.then().raisePriority().orElse(null);
            if (wanted != null && config.priorityRank(wanted) > config.priorityRank(highest)) {
                highest = wanted;
            }
        }
        if (highest == null || config.priorityRank(ticket.priority().orElse(null)) >= config.priorityRank(highest)) {
            return Optional.empty();
        }
        return Optional.of(new RaisePriority(highest));
    }

    private static boolean alreadyAssigned(Reassign reassign, TicketState ticket) {
        return reassign.to() == AssigneeKind.USER && ticket.assignee().filter(reassign.name()::equals).isPresent();
    }

    private static Optional<AddWatchers> addWatchers(List<EscalationRule> matched, TicketState ticket,
                                                               Set<EscalationAction> done) {
        Set<String> added = new HashSet<>(ticket.watchers());
        done.stream().filter(a -> a instanceof AddWatchers).forEach(a -> added.addAll(((AddWatchers) a).users()));
        Set<String> wanted = new LinkedHashSet<>();
        matched.forEach(rule -> wanted.addAll(rule.then().addWatchers()));
        wanted.removeAll(added);
        return wanted.isEmpty() ? Optional.empty() : Optional.of(new AddWatchers(List.copyOf(wanted)));
    }

    /** Parameters of notes and coaching messages; the webhook payload is the same without the author's name. */
    private static Map<String, String> parameters(Situation situation, List<String> rules, int earlierOffences) {
        AbuseVerdict verdict = situation.verdict();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("issue", situation.issueKey());
        params.put("comment", situation.commentId());
        params.put("author", situation.authorName());
        params.put("authorRole", ConfigCursor.jsonName(situation.author()));
        params.put("rules", String.join(", ", rules));
        params.put("severity", ConfigCursor.jsonName(verdict.severity()));
        params.put("target", ConfigCursor.jsonName(verdict.target()));
        params.put("categories", verdict.categories().stream().filter(Category::isAbuse).map(ConfigCursor::jsonName)
                .sorted().collect(Collectors.joining(", ")));
        params.put("earlierOffences", String.valueOf(earlierOffences));
        return params;
    }
}
