package com.serviceguardrails.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceguardrails.empowerment.Action;
import com.serviceguardrails.empowerment.EmpowermentConfig;
import com.serviceguardrails.empowerment.InvalidMoneyException;
import com.serviceguardrails.empowerment.Money;
import com.serviceguardrails.empowerment.PreApprovalRule;
import com.serviceguardrails.empowerment.RequestFields;
import com.serviceguardrails.empowerment.Role;
import com.serviceguardrails.empowerment.RoleLimit;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and writes the `empowerment` section. See docs/empowerment.md for the format. */
final class EmpowermentConfigJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_WINDOW_DAYS = 3660;
    private static final int MAX_PURCHASE_AGE_DAYS = 36600;

    private EmpowermentConfigJson() {
    }

    static EmpowermentConfig read(ConfigCursor section) {
        section.expectObject();
        section.allowOnly("mode", "timeZone", "roles", "preApprovals", "requestFields");
        return new EmpowermentConfig(
                section.field("mode").choice(Mode.class, Mode.ADVISE),
                timeZone(section.field("timeZone")),
                roles(section.field("roles")),
                preApprovals(section.field("preApprovals")),
                requestFields(section.field("requestFields")));
    }

    private static ZoneId timeZone(ConfigCursor cursor) {
        String id = cursor.text("UTC");
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            cursor.error("unknown time zone \"" + id + "\"; expected an id like UTC or Europe/Berlin");
            return ZoneOffset.UTC;
        }
    }

    private static List<Role> roles(ConfigCursor cursor) {
        List<Role> roles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConfigCursor element : cursor.elements()) {
            if (!element.expectObject()) {
                continue;
            }
            element.allowOnly("role", "limits");
            ConfigCursor nameCursor = element.field("role");
            String name = nameCursor.requiredText();
            if (!name.isBlank() && !seen.add(name)) {
                nameCursor.error("role \"" + name + "\" is configured twice");
                continue;
            }
            List<RoleLimit> limits = limits(element.field("limits"));
            if (!name.isBlank()) {
                roles.add(new Role(name, limits));
            }
        }
        return roles;
    }

    private static List<RoleLimit> limits(ConfigCursor cursor) {
        List<RoleLimit> limits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConfigCursor element : cursor.elements()) {
            if (!element.expectObject()) {
                continue;
            }
            element.allowOnly("action", "currency", "perTransaction", "perAgentPerDay", "perCustomer", "customerWindowDays");
            Action action = requiredChoice(element.field("action"), Action.class);
            Optional<Currency> currency = currency(element.field("currency"), true);
            int days = element.field("customerWindowDays").integer(RoleLimit.DEFAULT_CUSTOMER_WINDOW_DAYS, 1, MAX_WINDOW_DAYS);
            if (action == null || currency.isEmpty()) {
                continue;
            }
            if (!seen.add(action + "/" + currency.get())) {
                element.error("a second " + ConfigCursor.jsonName(action) + " limit in " + currency.get()
                        + " for the same role; keep one");
                continue;
            }
            limits.add(new RoleLimit(action, currency.get(),
                    money(element.field("perTransaction"), currency.get()),
                    money(element.field("perAgentPerDay"), currency.get()),
                    money(element.field("perCustomer"), currency.get()),
                    days));
        }
        return limits;
    }

    private static List<PreApprovalRule> preApprovals(ConfigCursor cursor) {
        List<PreApprovalRule> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConfigCursor element : cursor.elements()) {
            if (!element.expectObject()) {
                continue;
            }
            element.allowOnly("name", "action", "maxAmount", "currency", "reasons", "maxPurchaseAgeDays",
                    "itemConditions", "customerTiers");
            ConfigCursor nameCursor = element.field("name");
            String name = nameCursor.requiredText();
            if (!name.isBlank() && !seen.add(name)) {
                nameCursor.error("pre-approval rule \"" + name + "\" is configured twice");
            }
            Action action = requiredChoice(element.field("action"), Action.class);
            ConfigCursor maxAmountCursor = element.field("maxAmount");
            Optional<Currency> currency = currency(element.field("currency"), maxAmountCursor.present());
            Optional<Money> maxAmount = currency.flatMap(c -> money(maxAmountCursor, c));
            ConfigCursor ageCursor = element.field("maxPurchaseAgeDays");
            Optional<Integer> maxAge = ageCursor.present()
                    ? Optional.of(ageCursor.integer(0, 0, MAX_PURCHASE_AGE_DAYS)) : Optional.empty();
            if (name.isBlank() || action == null || (maxAmountCursor.present() && maxAmount.isEmpty())) {
                continue;
            }
            rules.add(new PreApprovalRule(name, action, maxAmount, currency,
                    Set.copyOf(element.field("reasons").texts()), maxAge,
                    Set.copyOf(element.field("itemConditions").texts()),
                    Set.copyOf(element.field("customerTiers").texts())));
        }
        return rules;
    }

    private static RequestFields requestFields(ConfigCursor cursor) {
        cursor.expectObject();
        Map<String, String> defaults = RequestFields.DEFAULTS.byName();
        cursor.allowOnly(defaults.keySet().toArray(String[]::new));
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, String> field : defaults.entrySet()) {
            ConfigCursor fieldCursor = cursor.field(field.getKey());
            String id = fieldCursor.text(field.getValue());
            if (id.isBlank()) {
                fieldCursor.error("must not be blank");
                id = field.getValue();
            }
            ids.add(id.trim());
        }
        return new RequestFields(ids.get(0), ids.get(1), ids.get(2), ids.get(3), ids.get(4), ids.get(5), ids.get(6), ids.get(7));
    }

    /** An ISO 4217 currency; absent is an error when {@code required}. */
    private static Optional<Currency> currency(ConfigCursor cursor, boolean required) {
        if (!cursor.present()) {
            if (required) {
                cursor.error("is required: an ISO 4217 code like EUR");
            }
            return Optional.empty();
        }
        String code = cursor.text("");
        if (!cursor.node().isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.currency(code));
        } catch (InvalidMoneyException e) {
            cursor.error(e.getMessage());
            return Optional.empty();
        }
    }

    /** An amount of money in {@code currency}; absent means no limit. */
    private static Optional<Money> money(ConfigCursor cursor, Currency currency) {
        if (!cursor.present()) {
            return Optional.empty();
        }
        var amount = cursor.decimal(null);
        if (amount == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Money(amount, currency));
        } catch (InvalidMoneyException e) {
            cursor.error(e.getMessage());
            return Optional.empty();
        }
    }

    /** An enum value that must be present; null (with an error recorded) otherwise. */
    static <E extends Enum<E>> E requiredChoice(ConfigCursor cursor, Class<E> type) {
        if (!cursor.present()) {
            cursor.error("is required");
            return null;
        }
        return cursor.choice(type, null);
    }

    static ObjectNode write(EmpowermentConfig config) {
        ObjectNode node = JSON.objectNode();
        node.put("mode", config.mode().jsonName());
        node.put("timeZone", config.timeZone().getId());
        ArrayNode roles = node.putArray("roles");
        for (Role role : config.roles()) {
            ObjectNode roleNode = roles.addObject();
            roleNode.put("role", role.name());
            ArrayNode limits = roleNode.putArray("limits");
            for (RoleLimit limit : role.limits()) {
                ObjectNode limitNode = limits.addObject();
                limitNode.put("action", ConfigCursor.jsonName(limit.action()));
                limitNode.put("currency", limit.currency().getCurrencyCode());
                limit.perTransaction().ifPresent(m -> limitNode.put("perTransaction", m.amount().toPlainString()));
                limit.perAgentPerDay().ifPresent(m -> limitNode.put("perAgentPerDay", m.amount().toPlainString()));
                limit.perCustomer().ifPresent(m -> limitNode.put("perCustomer", m.amount().toPlainString()));
                limitNode.put("customerWindowDays", limit.customerWindowDays());
            }
        }
        ArrayNode rules = node.putArray("preApprovals");
        for (PreApprovalRule rule : config.preApprovals()) {
            ObjectNode ruleNode = rules.addObject();
            ruleNode.put("name", rule.name());
            ruleNode.put("action", ConfigCursor.jsonName(rule.action()));
            rule.maxAmount().ifPresent(m -> ruleNode.put("maxAmount", m.amount().toPlainString()));
            rule.currency().ifPresent(c -> ruleNode.put("currency", c.getCurrencyCode()));
            putSorted(ruleNode, "reasons", rule.reasons());
            rule.maxPurchaseAgeDays().ifPresent(days -> ruleNode.put("maxPurchaseAgeDays", days));
            putSorted(ruleNode, "itemConditions", rule.itemConditions());
            putSorted(ruleNode, "customerTiers", rule.customerTiers());
        }
        ObjectNode fields = node.putObject("requestFields");
        config.requestFields().byName().forEach(fields::put);
        return node;
    }

    private static void putSorted(ObjectNode node, String name, Set<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            new LinkedHashSet<>(values.stream().sorted().toList()).forEach(array::add);
        }
    }
}
