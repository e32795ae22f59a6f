package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.config.Mode;
import com.serviceguardrails.empowerment.Action;
import com.serviceguardrails.empowerment.Decision;
import com.serviceguardrails.empowerment.EmpowermentConfig;
import com.serviceguardrails.empowerment.EmpowermentPolicy;
import com.serviceguardrails.empowerment.InMemoryLedger;
import com.serviceguardrails.empowerment.LimitRequest;
import com.serviceguardrails.empowerment.Money;
import com.serviceguardrails.empowerment.Outcome;
import com.serviceguardrails.empowerment.RequestFacts;
import com.serviceguardrails.empowerment.RequestFields;
import com.serviceguardrails.empowerment.Role;
import com.serviceguardrails.text.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The empowerment guardrail in a backtest: a ticket whose custom fields (as {@code empowerment.requestFields}
 * names them) hold a refund, exchange or credit is decided by the core's {@link EmpowermentPolicy} against a ledger
 * that fills up as the run goes, so running totals per agent per day and per customer hold across tickets (in
 * export order). The request is the assignee's, at the ticket's creation time; the customer is the reporter.
 * Anything but an approval is a hit.
 */
final class RefundGuardrail implements Guardrail {

    static final String NAME = "empowerment";

    private final EmpowermentConfig config;
    private final EmpowermentPolicy policy;
    private final RequestFields fields;
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
        this.fields = config.requestFields();
        this.rolesByAgent = Map.copyOf(rolesByAgent);
        List<Role> roles = config.roles();
        this.defaultRoles = roles.isEmpty() ? Set.of() : Set.of(roles.get(0).name());
        this.locale = language.locale();
    }

    /** The custom fields this guardrail reads. */
    Set<String> customFields() {
        return Set.copyOf(fields.byName().values());
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
        String actionText = field(ticket, fields.action(), "action", sink);
        if (actionText == null) {
            return; // no request on this ticket
        }
        LimitRequest request;
        try {
            Action action = action(actionText);
            String amount = field(ticket, fields.amount(), "amount", sink);
            String currency = field(ticket, fields.currency(), "currency", sink);
            if (amount == null || currency == null) {
                throw new IllegalArgumentException("a " + actionText + " needs an amount and a currency");
            }
            Instant at = ticket.created() == null ? Instant.EPOCH : ticket.created();
            request = new LimitRequest(ticket.key(), "backtest", agent(ticket), roles(ticket), customer(ticket),
                    action, Money.of(amount, currency), facts(ticket, at, sink), at);
        } catch (IllegalArgumentException e) { // InvalidMoneyException is one
            sink.problem(new InputProblem(ticket.source() + " " + ticket.key(), InputProblem.Reason.UNREADABLE_CUSTOM_FIELD,
                    "refund fields not usable (" + e.getMessage() + "); the ticket's request is not evaluated"));
            return;
        }
        Decision decision = policy.decide(request);
        if (decision.outcome() == Outcome.APPROVED) {
            return;
        }
        String action = config.mode() == Mode.ENFORCE
                ? decision.outcome().name().toLowerCase(Locale.ROOT) : "advised";
        String text = request.action().name().toLowerCase(Locale.ROOT) + " " + request.amount();
        sink.hit(new Hit(NAME, decision.reason().name().toLowerCase(Locale.ROOT), action, ticket.key(), "",
                ticket.assignee().label(), request.at(), "", text, List.of(), decision.explanation(locale)));
    }

    private String agent(ExportTicket ticket) {
        return ticket.assignee().isNobody() ? "(unassigned)" : ticket.assignee().id();
    }

    private Set<String> roles(ExportTicket ticket) {
        return rolesByAgent.getOrDefault(ticket.assignee().id(), defaultRoles);
    }

    private static String customer(ExportTicket ticket) {
        return ticket.reporter().isNobody() ? "(unknown customer)" : ticket.reporter().id();
    }

    private static Action action(String text) {
        try {
            return Action.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("action \"" + text + "\" is not refund, exchange or credit");
        }
    }

    /** The facts pre-approval rules test; an unreadable fact is reported and left unknown, the request still counts. */
    private RequestFacts facts(ExportTicket ticket, Instant at, Sink sink) {
        Integer age = null;
        String ageText = field(ticket, fields.purchaseAgeDays(), "purchaseAgeDays", sink);
        String dateText = field(ticket, fields.purchaseDate(), "purchaseDate", sink);
        try {
            if (ageText != null) {
                age = new java.math.BigDecimal(ageText).intValueExact();
            } else if (dateText != null) {
                LocalDate bought = LocalDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText);
                age = (int) Math.max(0, ChronoUnit.DAYS.between(bought, at.atZone(ZoneOffset.UTC).toLocalDate()));
            }
            if (age != null && age < 0) {
                throw new IllegalArgumentException("negative purchase age " + age);
            }
        } catch (ArithmeticException | IllegalArgumentException | DateTimeParseException e) {
            sink.problem(new InputProblem(ticket.source() + " " + ticket.key(), InputProblem.Reason.UNREADABLE_CUSTOM_FIELD,
                    "purchase age or date not usable (" + e.getMessage() + "); pre-approval rules see it as unknown"));
            age = null;
        }
        return new RequestFacts(field(ticket, fields.reason(), "reason", sink), age,
                field(ticket, fields.itemCondition(), "itemCondition", sink),
                field(ticket, fields.customerTier(), "customerTier", sink));
    }

    private static String field(ExportTicket ticket, String id, String what, Sink sink) {
        try {
            return FieldValue.text(ticket.customFields().get(id));
        } catch (IllegalArgumentException e) {
            sink.problem(new InputProblem(ticket.source() + " " + ticket.key(), InputProblem.Reason.UNREADABLE_CUSTOM_FIELD,
                    id + " (" + what + ") holds " + e.getMessage() + "; ignored"));
            return null;
        }
    }
}
