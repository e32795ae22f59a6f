package com.serviceguardrails.empowerment;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The answer to a {@link LimitRequest}, with everything needed to explain it. Optional parts are present when they
 * mean something for this reason: {@code rule} names the role or pre-approval rule that approved (or the agent's
 * role whose limit was passed), {@code approverRole} is the lowest role that may approve when approval is needed,
 * {@code exceededLimit} and {@code totalWithRequest} say which limit was passed and by how much, and the remaining
 * amounts say what is left today for the agent and over the window for the customer after an approval.
 */
public record Decision(
        DecisionReason reason,
        Action action,
        Money amount,
        Optional<String> rule,
        Optional<String> approverRole,
        Optional<Money> exceededLimit,
        Optional<Money> totalWithRequest,
        Optional<Money> remainingAgentToday,
        Optional<Money> remainingCustomer,
        int customerWindowDays,
        Optional<Instant> recordedAt) {

    public Decision {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(approverRole, "approverRole");
        Objects.requireNonNull(exceededLimit, "exceededLimit");
        Objects.requireNonNull(totalWithRequest, "totalWithRequest");
        Objects.requireNonNull(remainingAgentToday, "remainingAgentToday");
        Objects.requireNonNull(remainingCustomer, "remainingCustomer");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public Outcome outcome() {
        return reason.outcome();
    }

    public boolean isApproved() {
        return outcome() == Outcome.APPROVED;
    }

    /** One sentence for the agent, in English. */
    public String explanation() {
        return explanation(Locale.ENGLISH);
    }

    /** One sentence for the agent in their language (English, German, French, Spanish; English otherwise). */
    public String explanation(Locale locale) {
        ResourceBundle bundle = Messages.bundle(locale);
        String noLimit = bundle.getString("empowerment.no_limit");
        return Messages.format(bundle, reason.messageKey(),
                amount.toString(),
                Messages.action(bundle, action),
                rule.orElse(""),
                approverRole.orElse(""),
                exceededLimit.map(Money::toString).orElse(""),
                totalWithRequest.map(Money::toString).orElse(""),
                remainingAgentToday.map(Money::toString).orElse(noLimit),
                remainingCustomer.map(Money::toString).orElse(noLimit),
                String.valueOf(customerWindowDays),
                amount.currency().getCurrencyCode(),
                recordedAt.map(Instant::toString).orElse(""));
    }

    @Override
    public String toString() {
        return outcome().name().toLowerCase(Locale.ROOT) + ": " + explanation();
    }
}
