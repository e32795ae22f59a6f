package com.serviceguardrails.empowerment;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one role may give without asking, for one action in one currency. Each limit is optional: absent means
 * that kind of limit does not apply (a manager's per-agent daily total, say). Amounts in other currencies are not
 * covered by this rule at all: there is no conversion.
 *
 * @param perTransaction     the most one request may be
 * @param perAgentPerDay     the most one agent may give in a calendar day (in the configured time zone)
 * @param perCustomer        the most one customer may get over the last {@code customerWindowDays} days
 * @param customerWindowDays length of the customer's rolling window
 */
public record RoleLimit(
        Action action,
        Currency currency,
        Optional<Money> perTransaction,
        Optional<Money> perAgentPerDay,
        Optional<Money> perCustomer,
        int customerWindowDays) {

    public static final int DEFAULT_CUSTOMER_WINDOW_DAYS = 30;

    public RoleLimit {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(currency, "currency");
        for (Optional<Money> limit : List.of(perTransaction, perAgentPerDay, perCustomer)) {
            limit.ifPresent(m -> {
                if (!m.currency().equals(currency)) {
                    throw new IllegalArgumentException("limit " + m + " is not in the rule's currency " + currency);
                }
            });
        }
        if (customerWindowDays < 1) {
            throw new IllegalArgumentException("customer window must be at least 1 day, found " + customerWindowDays);
        }
    }

    public boolean covers(Action requested, Currency requestedCurrency) {
        return action == requested && currency.equals(requestedCurrency);
    }
}
