package com.serviceguardrails.cli.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceguardrails.config.Mode;
import com.serviceguardrails.empowerment.Decision;
import com.serviceguardrails.empowerment.EmpowermentConfig;
import com.serviceguardrails.empowerment.EmpowermentPolicy;
import com.serviceguardrails.empowerment.InMemoryLedger;
import com.serviceguardrails.empowerment.LimitRequest;
import com.serviceguardrails.empowerment.RequestFieldReader;
import com.serviceguardrails.empowerment.Role;
import com.serviceguardrails.text.Language;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The empowerment guardrail in a backtest: a ticket whose custom fields (as {@code empowerment.requestFields}
 * names them) hold a refund, exchange or credit is read by the core's {@link RequestFieldReader} and decided by its
 * {@link EmpowermentPolicy} against a ledger that fills up as the run goes, so running totals per agent per day
 * and per customer hold across tickets (in export order). The request is the assignee's, at the ticket's creation
 * time; the customer is the reporter. Anything but an approval is a hit.
 */
final class RefundGuardrail implements Guardrail {

    static final String NAME = "empowerment";
    /** Every backtest request has this id: one request per ticket, as the custom fields hold one. */
    static final String REQUEST_ID = "backtest";

    private final EmpowermentConfig config;
    private final EmpowermentPolicy policy;
    private final RequestFieldReader reader;
    private final Map<String, Set<String>> rolesByAgent;
    private final Set<String> defaultRoles;
    private final Locale locale;

    /**
     * @param rolesByAgent the roles each agent holds (from {@code --role}); anyone not listed holds the least
     *                     generous configured role
     */
    RefundGuardrail(EmpowermentConfig config, Map<String, Set<String>> rolesByAgent, Language language) {
        this.config = config;
        this.policy = new EmpowermentPolicy(config, new InMemoryLedger());
        this.reader = new RequestFieldReader(config.requestFields(), config.timeZone());
        this.rolesByAgent = Map.copyOf(rolesByAgent);
        List<Role> roles = config.roles();
        this.defaultRoles = roles.isEmpty() ? Set.of() : Set.of(roles.get(0).name());
        this.locale = language.locale();
    }

    /** The custom fields this guardrail reads. */
    Set<String> customFields() {
        return Set.copyOf(config.requestFields().byName().values());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Mode mode() {
        return config.mode();
    }

    @Override
    public void evaluate(ExportTicket ticket, Authorship authorship, Object prepared, Sink sink) {
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : ticket.customFields().entrySet()) {
            try {
                String text = FieldValue.text(field.getValue());
                if (text != null) {
                    values.put(field.getKey(), text);
                }
            } catch (IllegalArgumentException e) {
                problem(ticket, sink, field.getKey() + " holds " + e.getMessage() + "; ignored");
            }
        }
        Instant at = ticket.created() == null ? Instant.EPOCH : ticket.created();
        RequestFieldReader.Result read = reader.read(values, ticket.key(), REQUEST_ID,
                ticket.assignee().isNobody() ? "(unassigned)" : ticket.assignee().id(),
                rolesByAgent.getOrDefault(ticket.assignee().id(), defaultRoles),
                ticket.reporter().isNobody() ? "(unknown customer)" : ticket.reporter().id(), at);
        read.problems().forEach(p -> problem(ticket, sink, p));
        if (read.request().isEmpty()) {
            return; // no request on this ticket, or one that cannot be read (said above)
        }
        LimitRequest request = read.request().get();
        Decision decision = policy.decide(request);
        if (decision.isApproved()) {
            return;
        }
        String action = config.blocks(decision) ? decision.outcome().name().toLowerCase(Locale.ROOT) : "advised";
        String text = request.action().name().toLowerCase(Locale.ROOT) + " " + request.amount();
        sink.hit(new Hit(NAME, decision.reason().name().toLowerCase(Locale.ROOT), action, ticket.key(), "",
                ticket.assignee().label(), request.at(), "", text, List.of(), decision.explanation(locale)));
    }

    private static void problem(ExportTicket ticket, Sink sink, String message) {
        sink.problem(new InputProblem(ticket.source() + " " + ticket.key(), InputProblem.Reason.UNREADABLE_CUSTOM_FIELD, message));
    }
}
