package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.abuse.AbuseVerdict;
import com.serviceguardrails.abuse.AuthorRole;
import com.serviceguardrails.abuse.Finding;
import com.serviceguardrails.config.Mode;
import com.serviceguardrails.escalation.EscalationAction;
import com.serviceguardrails.escalation.EscalationConfig;
import com.serviceguardrails.escalation.EscalationPlan;
import com.serviceguardrails.escalation.EscalationPlanner;
import com.serviceguardrails.escalation.Situation;
import com.serviceguardrails.escalation.TicketState;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Customer abuse in a backtest: each customer comment goes through the abuse detector, and an abusive one through
 * the core's {@link EscalationPlanner} with the ticket as it would be by then (earlier plans of this ticket applied:
 * priority raised, labels added) and the author's earlier offences in this run. A non-empty plan is a hit, charged
 * to the ticket's assignee; its rules are the escalation rules that matched.
 */
final class EscalationGuardrail implements Guardrail {

    static final String NAME = "abuse-customer";
    /** Earlier offences remembered per author: enough for any repeat rule, and memory stays bounded. */
    static final int OFFENCES_REMEMBERED = 16;

    private final EscalationConfig config;
    private final Mode mode;
    private final EscalationPlanner planner;
    private final AbuseScan scan;
    private final Map<String, Deque<Instant>> offencesByAuthor = new HashMap<>();

    /** @param mode the escalation mode, or {@code off} when abuse detection itself is off (nothing to escalate) */
    EscalationGuardrail(EscalationConfig config, Mode mode, AbuseScan scan) {
        this.config = config;
        this.mode = mode;
        this.planner = new EscalationPlanner(config);
        this.scan = scan;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Mode mode() {
        return mode;
    }

    /** The verdicts on the ticket's customer comments that are abusive, by comment id: the costly, pure part. */
    @Override
    public Object prepare(ExportTicket ticket, Authorship authorship) {
        Map<String, AbuseVerdict> abusive = new HashMap<>();
        for (ExportComment comment : ticket.comments()) {
            if (authorship.of(ticket, comment) == Authorship.Role.CUSTOMER) {
                AbuseVerdict verdict = scan.scan(comment.body(), AuthorRole.CUSTOMER);
                if (verdict.abusive()) {
                    abusive.put(comment.id(), verdict);
                }
            }
        }
        return abusive;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void evaluate(ExportTicket ticket, Authorship authorship, Object prepared, Sink sink) {
        Map<String, AbuseVerdict> abusive = (Map<String, AbuseVerdict>) prepared;
        if (abusive.isEmpty()) {
            return;
        }
        List<EscalationPlan> earlier = new ArrayList<>();
        String priority = ticket.priority().isEmpty() ? null : ticket.priority();
        Set<String> labels = new HashSet<>();
        for (ExportComment comment : ticket.comments()) {
            AbuseVerdict verdict = abusive.get(comment.id());
            if (verdict == null || authorship.of(ticket, comment) != Authorship.Role.CUSTOMER) {
                continue;
            }
            Instant at = comment.created() != null ? comment.created()
                    : ticket.created() != null ? ticket.created() : Instant.EPOCH;
            String author = comment.author().isNobody() ? "(anonymous)" : comment.author().id();
            Deque<Instant> offences = offencesByAuthor.computeIfAbsent(author, a -> new ArrayDeque<>());
            TicketState state = new TicketState(Optional.ofNullable(priority),
                    Optional.of(ticket.assignee().id()).filter(id -> !id.isEmpty()), labels, Set.of());
            EscalationPlan plan = planner.plan(new Situation(ticket.key(), comment.id(), AuthorRole.CUSTOMER, author,
                    verdict, state, earlier, List.copyOf(offences), at));
            offences.addLast(at);
            if (offences.size() > OFFENCES_REMEMBERED) {
                offences.removeFirst();
            }
            if (plan.isEmpty()) {
                continue;
            }
            earlier.add(plan);
            for (EscalationAction action : plan.actions()) {
                if (action instanceof EscalationAction.RaisePriority raise) {
                    priority = raise.priority();
                } else if (action instanceof EscalationAction.AddLabel label) {
                    labels.add(label.label());
                }
            }
            sink.hit(new Hit(NAME, String.join("+", plan.rules()), config.executesPlans() ? "escalated" : "flagged",
                    ticket.key(), comment.id(), ticket.assignee().label(), at, verdict.language().code(), comment.body(),
                    spans(verdict), describe(verdict, plan)));
        }
    }

    static List<Hit.Span> spans(AbuseVerdict verdict) {
        return verdict.findings().stream().map(f -> new Hit.Span(f.start(), f.end())).toList();
    }

    private static String describe(AbuseVerdict verdict, EscalationPlan plan) {
        String findings = verdict.findings().stream().map(Finding::rule).distinct().collect(Collectors.joining(", "));
        String actions = plan.actions().stream().map(EscalationAction::describe).collect(Collectors.joining("; "));
        return verdict.severity().name().toLowerCase(Locale.ROOT) + " (" + findings + "): " + actions;
    }
}
