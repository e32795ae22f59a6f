package com.serviceguardrails.empowerment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.serviceguardrails.config.ConfigCursor;
import com.serviceguardrails.config.ConfigError;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request as JSON, for the CLI and scripts: {@code {"issue":"SD-1","requestId":"r1","agent":"ann",
 * "roles":["Service Desk Team"],"customer":"carl","action":"refund","amount":"30.00","currency":"EUR",
 * "reason":"late_delivery","purchaseAgeDays":3,"itemCondition":"defective","customerTier":"gold",
 * "at":"2026-11-16T09:00:00Z"}}. Amounts are read exactly (never through {@code double}); every problem is
 * reported by field in one {@link IllegalArgumentException}.
 */
public final class LimitRequestJson {

    /** Request documents larger than this are refused unread. */
    public static final int MAX_CHARS = 64 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private LimitRequestJson() {
    }

    /** Reads one request; {@code defaultTime} is used when it has no {@code at}. */
    public static LimitRequest read(String json, Instant defaultTime) {
        if (json == null || json.isBlank() || json.length() > MAX_CHARS) {
            throw new IllegalArgumentException("request is empty or longer than " + MAX_CHARS + " characters");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request is not valid JSON: " + e.getOriginalMessage(), e);
        }
        List<ConfigError> errors = new ArrayList<>();
        ConfigCursor root = ConfigCursor.root(node, errors);
        if (!root.expectObject()) {
            throw new IllegalArgumentException("request: expected a JSON object");
        }
        root.allowOnly("issue", "requestId", "agent", "roles", "customer", "action", "amount", "currency", "reason",
                "purchaseAgeDays", "itemCondition", "customerTier", "at");
        String issue = root.field("issue").requiredText();
        String requestId = root.field("requestId").requiredText();
        String agent = root.field("agent").requiredText();
        String customer = root.field("customer").requiredText();
        List<String> roles = root.field("roles").texts();
        Action action = root.field("action").choice(Action.class, null);
        if (action == null && !root.field("action").present()) {
            root.field("action").error("is required");
        }
        Money amount = money(root.field("amount"), root.field("currency"));
        ConfigCursor age = root.field("purchaseAgeDays");
        Integer purchaseAge = age.present() ? age.integer(0, 0, 36600) : null;
        Instant at = instant(root.field("at"), defaultTime);
        RequestFacts facts = new RequestFacts(root.field("reason").text(null), purchaseAge,
                root.field("itemCondition").text(null), root.field("customerTier").text(null));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(errors.stream().map(ConfigError::toString).collect(Collectors.joining("; ")));
        }
        try {
            return new LimitRequest(issue, requestId, agent, new HashSet<>(roles), customer, action, amount, facts, at);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("request: " + e.getMessage(), e);
        }
    }

    private static Money money(ConfigCursor amountCursor, ConfigCursor currencyCursor) {
        BigDecimal amount = amountCursor.decimal(null);
        if (amount == null) {
            if (!amountCursor.present()) {
                amountCursor.error("is required");
            }
            return null;
        }
        String currency = currencyCursor.requiredText();
        if (currency.isBlank()) {
            return null;
        }
        try {
            return Money.of(amount, currency);
        } catch (InvalidMoneyException e) {
            (e.getMessage().startsWith("currency") ? currencyCursor : amountCursor).error(e.getMessage());
            return null;
        }
    }

    private static Instant instant(ConfigCursor cursor, Instant fallback) {
        String text = cursor.text(null);
        if (text == null) {
            return fallback;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            cursor.error("expected an ISO instant like 2026-11-16T09:00:00Z, found \"" + text + "\"");
            return fallback;
        }
    }
}
