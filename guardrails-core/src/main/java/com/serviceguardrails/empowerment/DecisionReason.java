package com.serviceguardrails.empowerment;

import java.util.Locale;

/** Why a decision came out as it did; each has one sentence in {@code decisions*.properties}. */
public enum DecisionReason {
    /** Approved: within the limits of one of the agent's roles. */
    WITHIN_ROLE_LIMITS(Outcome.APPROVED),
    /** Approved: a pre-approval rule covers it, whatever the role. */
    PRE_APPROVED(Outcome.APPROVED),
    /** Approved earlier under the same key; not counted again. */
    ALREADY_RECORDED(Outcome.APPROVED),
    /** The same key was approved and then cancelled; a new request is needed. */
    ALREADY_CANCELLED(Outcome.DENIED),
    /** Over the per-transaction limit of the agent's most generous role. */
    OVER_TRANSACTION_LIMIT(Outcome.NEEDS_APPROVAL),
    /** The agent's total for the day would pass the daily limit. */
    OVER_AGENT_DAILY_LIMIT(Outcome.NEEDS_APPROVAL),
    /** The customer's total over the window would pass the limit. */
    OVER_CUSTOMER_LIMIT(Outcome.NEEDS_APPROVAL),
    /** None of the agent's roles has a limit for this action and currency, but a higher role has. */
    NO_LIMIT_FOR_AGENT_ROLES(Outcome.NEEDS_APPROVAL),
    /** No role has a limit for this action in this currency. */
    NO_RULE(Outcome.DENIED),
    /** Rules exist, but the request is over what every role may approve. */
    OVER_EVERY_LIMIT(Outcome.DENIED);

    private final Outcome outcome;

    DecisionReason(Outcome outcome) {
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The message key of this reason's sentence: {@code empowerment.decision.over_agent_daily_limit}. */
    public String messageKey() {
        return "empowerment.decision." + name().toLowerCase(Locale.ROOT);
    }
}
