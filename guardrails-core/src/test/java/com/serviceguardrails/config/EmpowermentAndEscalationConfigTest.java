package com.serviceguardrails.config;

import com.serviceguardrails.empowerment.Action;
import com.serviceguardrails.empowerment.Money;
import com.serviceguardrails.empowerment.RoleLimit;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The empowerment and escalation sections: every mistake reported at its JSON path, the defaults round-trip. */
public class EmpowermentAndEscalationConfigTest {

    @Test
    public void theBundledLimitsAndRulesAreThereAndRoundTrip() throws ConfigException {
        GuardrailsConfig defaults = GuardrailsConfig.defaults();
        assertEquals(List.of("Service Desk Team", "Team Leads", "Service Desk Managers"),
                defaults.empowerment().roles().stream().map(r -> r.name()).toList());
        RoleLimit tier1 = defaults.empowerment().roles().get(0).limitFor(Action.REFUND, Money.currency("EUR")).orElseThrow();
        assertEquals(Optional.of(Money.of("50", "EUR")), tier1.perTransaction());
        assertEquals("customfield_10201", defaults.empowerment().requestFields().amount());
        assertEquals("Highest", defaults.escalation().priorities().get(4));
        assertEquals(defaults, ConfigCodec.parse(ConfigCodec.write(defaults)));
    }

    @Test
    public void moneyMistakesAreReportedAtTheirPath() {
        List<ConfigError> errors = ConfigCodec.validate("""
                {"version": 1, "empowerment": {"roles": [
                  {"role": "Tier 1", "limits": [
                    {"action": "refund", "currency": "EUR", "perTransaction": "50.001"},
                    {"action": "credit", "currency": "EUX", "perTransaction": "5"},
                    {"action": "exchange", "currency": "EUR", "perTransaction": -5, "perAgentPerDay": "lots"},
                    {"action": "gift", "currency": "USD", "perCustomer": "1e10"},
                    {"action": "refund", "perTransaction": "5"}
                  ]}]}}
                """);
        assertHas(errors, "empowerment.roles[0].limits[0].perTransaction", "has more decimals than EUR allows (2)");
        assertHas(errors, "empowerment.roles[0].limits[1].currency", "\"EUX\" is not a known ISO 4217 currency");
        assertHas(errors, "empowerment.roles[0].limits[2].perTransaction", "is negative");
        assertHas(errors, "empowerment.roles[0].limits[2].perAgentPerDay", "expected a decimal number");
        assertHas(errors, "empowerment.roles[0].limits[3].action", "unknown value \"gift\"; expected one of refund, exchange, credit");
        assertHas(errors, "empowerment.roles[0].limits[4].currency", "is required");
        assertEquals(errors.toString(), 6, errors.size());
    }

    @Test
    public void structuralMistakesInEmpowermentAreReportedAtTheirPath() {
        List<ConfigError> errors = ConfigCodec.validate("""
                {"version": 1, "empowerment": {"timeZone": "Mars/Olympus",
                  "roles": [{"role": "A", "limits": [
                               {"action": "refund", "currency": "EUR", "customerWindowDays": 0},
                               {"action": "refund", "currency": "EUR"}]},
                            {"role": "A"}, {"limits": []}],
                  "preApprovals": [{"name": "p", "action": "refund", "maxAmount": "10", "maxPurchaseAgeDays": -1, "colour": "red"}],
                  "requestFields": {"amount": "", "price": "customfield_1"}}}
                """);
        assertHas(errors, "empowerment.timeZone", "unknown time zone \"Mars/Olympus\"");
        assertHas(errors, "empowerment.roles[0].limits[0].customerWindowDays", "must be between 1 and 3660");
        assertHas(errors, "empowerment.roles[0].limits[1]", "a second refund limit in EUR for the same role");
        assertHas(errors, "empowerment.roles[1].role", "role \"A\" is configured twice");
        assertHas(errors, "empowerment.roles[2].role", "is required");
        assertHas(errors, "empowerment.preApprovals[0].currency", "is required");
        assertHas(errors, "empowerment.preApprovals[0].maxPurchaseAgeDays", "must be between 0 and");
        assertHas(errors, "empowerment.preApprovals[0].colour", "unknown field");
        assertHas(errors, "empowerment.requestFields.amount", "must not be blank");
        assertHas(errors, "empowerment.requestFields.price", "unknown field");
        assertEquals(errors.toString(), 10, errors.size());
    }

    @Test
    public void escalationMistakesAreReportedAtTheirPath() {
        List<ConfigError> errors = ConfigCodec.validate("""
                {"version": 1, "escalation": {"priorities": ["Low", "High", "Low"], "repeatWindowDays": 0,
                  "webhooks": {"ops": "ftp://example.org/x", "sec": "not a url"},
                  "rules": [
                    {"name": "r", "when": {"author": "robot", "minSeverity": "huge", "targets": ["moon"], "categories": ["rudeness"]},
                     "then": {"raisePriority": "Urgent", "reassignTo": {"user": "a", "role": "b"}, "webhooks": ["pager"]}},
                    {"name": "r", "when": {}}
                  ]}}
                """);
        assertHas(errors, "escalation.priorities", "names a priority twice");
        assertHas(errors, "escalation.repeatWindowDays", "must be between 1 and");
        assertHas(errors, "escalation.webhooks.ops", "expected an absolute http(s) URL");
        assertHas(errors, "escalation.webhooks.sec", "not a valid URL");
        assertHas(errors, "escalation.rules[0].when.author", "unknown value \"robot\"; expected one of customer, agent");
        assertHas(errors, "escalation.rules[0].when.minSeverity", "unknown value \"huge\"");
        assertHas(errors, "escalation.rules[0].when.targets[0]", "unknown value \"moon\"");
        assertHas(errors, "escalation.rules[0].when.categories[0]", "unknown value \"rudeness\"");
        assertHas(errors, "escalation.rules[0].then.raisePriority", "unknown priority \"Urgent\"; expected one of Low, High, Low");
        assertHas(errors, "escalation.rules[0].then.reassignTo", "give exactly one of \"user\" or \"role\"");
        assertHas(errors, "escalation.rules[0].then.webhooks", "unknown webhook \"pager\"");
        assertHas(errors, "escalation.rules[1].name", "rule \"r\" is configured twice");
        assertHas(errors, "escalation.rules[1].then", "is required");
        assertEquals(errors.toString(), 13, errors.size());
    }

    private static void assertHas(List<ConfigError> errors, String path, String message) {
        assertTrue("no error at " + path + " containing \"" + message + "\" in " + errors,
                errors.stream().anyMatch(e -> e.path().equals(path) && e.message().contains(message)));
    }
}
