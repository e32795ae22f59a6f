package com.serviceguardrails.empowerment;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an issue's field values (text, keyed by the ids {@link RequestFields} names) into a {@link LimitRequest}:
 * the one place where the plugin and the backtest read a request, so both read it the same way. Never throws on bad
 * field values: an unusable action, amount or currency means no request (with the problem said); an unusable fact is
 * left unknown (with the problem said), so pre-approval rules simply do not match on it.
 */
public final class RequestFieldReader {

    /** What was read: the request, if the issue holds a usable one, and every problem found, by field. */
    public record Result(Optional<LimitRequest> request, List<String> problems) {
        public Result {
            Objects.requireNonNull(request, "request");
            problems = List.copyOf(problems);
        }
    }

    private final RequestFields fields;
    private final ZoneId zone;

    /** @param zone where a purchase date's day is counted (the empowerment time zone) */
    public RequestFieldReader(RequestFields fields, ZoneId zone) {
        this.fields = Objects.requireNonNull(fields, "fields");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * @param values    field id → the field's value as text (absent or blank = empty)
     * @param requestId the request's id in the ledger; null derives it from what is asked
     *                  ({@code refund:40.50:EUR}), so the same request on an issue is counted once however often
     *                  it is decided
     */
    public Result read(Map<String, String> values, String issueKey, String requestId, String agent, Set<String> roles,
                       String customer, Instant at) {
        List<String> problems = new ArrayList<>();
        String actionText = value(values, fields.action());
        if (actionText == null) {
            return new Result(Optional.empty(), problems);
        }
        Action action = null;
        try {
            action = Action.valueOf(actionText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(fields.action() + " (action): \"" + actionText + "\" is not refund, exchange or credit");
        }
        Money amount = null;
        String amountText = value(values, fields.amount());
        String currencyText = value(values, fields.currency());
        if (amountText == null || currencyText == null) {
            problems.add((amountText == null ? fields.amount() + " (amount)" : fields.currency() + " (currency)") + ": is empty");
        } else {
            try {
                amount = Money.of(amountText, currencyText.toUpperCase(Locale.ROOT));   // a text field may hold "eur"
            } catch (InvalidMoneyException e) {
                problems.add((e.getMessage().startsWith("currency") ? fields.currency() + " (currency)" : fields.amount() + " (amount)")
                        + ": " + e.getMessage());
            }
        }
        RequestFacts facts = new RequestFacts(value(values, fields.reason()), purchaseAge(values, at, problems),
                value(values, fields.itemCondition()), value(values, fields.customerTier()));
        if (action == null || amount == null) {
            return new Result(Optional.empty(), problems);
        }
        try {
            String id = requestId != null ? requestId : action.name().toLowerCase(Locale.ROOT) + ":"
                    + amount.amount().toPlainString() + ":" + amount.currency().getCurrencyCode();
            return new Result(Optional.of(new LimitRequest(issueKey, id, agent, roles, customer, action, amount, facts, at)),
                    problems);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return new Result(Optional.empty(), problems);
        }
    }

    /** Whole days since purchase: the age field if set, else from the purchase date (ISO, date part only); never negative. */
    private Integer purchaseAge(Map<String, String> values, Instant at, List<String> problems) {
        String ageText = value(values, fields.purchaseAgeDays());
        if (ageText != null) {
            try {
                int age = new BigDecimal(ageText).intValueExact();
                if (age >= 0) {
                    return age;
                }
                problems.add(fields.purchaseAgeDays() + " (purchaseAgeDays): " + age + " is negative; taken as unknown");
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add(fields.purchaseAgeDays() + " (purchaseAgeDays): \"" + ageText + "\" is not a whole number; taken as unknown");
            }
            return null;
        }
        String dateText = value(values, fields.purchaseDate());
        if (dateText == null) {
            return null;
        }
        try {
            LocalDate bought = LocalDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText);
            return (int) Math.max(0, ChronoUnit.DAYS.between(bought, at.atZone(zone).toLocalDate()));
        } catch (DateTimeException e) {
            problems.add(fields.purchaseDate() + " (purchaseDate): \"" + dateText + "\" is not a date like 2026-11-16; taken as unknown");
            return null;
        }
    }

    private static String value(Map<String, String> values, String fieldId) {
        String value = values.get(fieldId);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
