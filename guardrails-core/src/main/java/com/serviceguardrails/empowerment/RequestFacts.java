package com.serviceguardrails.empowerment;

import java.util.Locale;

/**
 * The documented facts about a request that pre-approval rules may test, besides action, amount and currency.
 * Each is optional: {@code null} means unknown, and a condition on an unknown fact does not hold. Text facts are
 * compared without regard to case ({@code "Defective"} is {@code "defective"}).
 *
 * @param reason          why the customer gets it, e.g. {@code late_delivery}, {@code defective}
 * @param purchaseAgeDays whole days since the purchase (0 = bought today)
 * @param itemCondition   e.g. {@code defective}, {@code damaged}, {@code unopened}
 * @param customerTier    e.g. {@code standard}, {@code gold}
 */
public record RequestFacts(String reason, Integer purchaseAgeDays, String itemCondition, String customerTier) {

    public static final RequestFacts NONE = new RequestFacts(null, null, null, null);

    public RequestFacts {
        reason = normalise(reason);
        itemCondition = normalise(itemCondition);
        customerTier = normalise(customerTier);
        if (purchaseAgeDays != null && purchaseAgeDays < 0) {
            throw new IllegalArgumentException("purchase age must not be negative, found " + purchaseAgeDays + " days");
        }
    }

    /** Trimmed, lower case; blank becomes unknown. Used for facts and for the values rules compare them with. */
    public static String normalise(String fact) {
        if (fact == null || fact.isBlank()) {
            return null;
        }
        return fact.trim().toLowerCase(Locale.ROOT);
    }
}
