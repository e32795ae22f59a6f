package com.serviceguardrails.empowerment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a request's data lives on a Jira issue: the custom field ids (or system field names) the plugin and the
 * backtest read, so both read one definition. Purchase age comes from {@code purchaseAgeDays} when set on the
 * issue, otherwise from {@code purchaseDate} (an ISO date) and the request time.
 */
public record RequestFields(
        String action,
        String amount,
        String currency,
        String reason,
        String purchaseDate,
        String purchaseAgeDays,
        String itemCondition,
        String customerTier) {

    public static final RequestFields DEFAULTS = new RequestFields(
            "customfield_10200", "customfield_10201", "customfield_10202", "customfield_10203",
            "customfield_10204", "customfield_10205", "customfield_10206", "customfield_10207");

    public RequestFields {
        for (String field : new String[] {action, amount, currency, reason, purchaseDate, purchaseAgeDays, itemCondition, customerTier}) {
            Objects.requireNonNull(field, "field id");
        }
    }

    /** The fields by their JSON names, in a fixed order. */
    public Map<String, String> byName() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("action", action);
        out.put("amount", amount);
        out.put("currency", currency);
        out.put("reason", reason);
        out.put("purchaseDate", purchaseDate);
        out.put("purchaseAgeDays", purchaseAgeDays);
        out.put("itemCondition", itemCondition);
        out.put("customerTier", customerTier);
        return out;
    }
}
